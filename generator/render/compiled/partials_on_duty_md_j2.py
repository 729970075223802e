from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/on_duty.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).on_duty if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['on_duty'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'on_duty')):
        pass
        yield 'I tjänsten  \n'
        yield (environment.printed(environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).on_duty if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['on_duty'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'on_duty')), 'name')))
        yield '  \n'
        yield (environment.printed(environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).on_duty if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['on_duty'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'on_duty')), 'title')))
        yield '\n\n'

blocks = {}
debug_info = '2=18&4=21&5=23'
