from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/approval.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_a = missing
    try:
        t_1 = environment.filters['datum_text']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'datum_text' found.")
    pass
    l_0_a = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).approval if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['approval'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approval'))
    context.vars['a'] = l_0_a
    context.exported_vars.add('a')
    yield '## Justering\n\nJusterat '
    if ((undefined(name='a') if l_0_a is missing else l_0_a).place if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['place'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'place')):
        pass
        yield 'i '
        yield (environment.printed(((undefined(name='a') if l_0_a is missing else l_0_a).place if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['place'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'place'))))
        yield ' '
    yield 'den '
    yield (environment.printed(t_1(((undefined(name='a') if l_0_a is missing else l_0_a).date if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['date'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'date')))))
    yield ' av '
    yield (environment.printed(((undefined(name='a') if l_0_a is missing else l_0_a).by if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['by'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'by'))))
    yield '.\n'
    if ((undefined(name='a') if l_0_a is missing else l_0_a).certifier if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier')):
        pass
        yield '\nUtdraget bestyrks: '
        yield (environment.printed(((undefined(name='a') if l_0_a is missing else l_0_a).certifier if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier'))))
        if ((undefined(name='a') if l_0_a is missing else l_0_a).certifier_title if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier_title'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier_title')):
            pass
            yield ', '
            yield (environment.printed(((undefined(name='a') if l_0_a is missing else l_0_a).certifier_title if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier_title'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier_title'))))
        yield '\n'

blocks = {}
debug_info = '3=19&6=23&7=33&9=36'
