from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/approval.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_signature_blocks_in_pairs = resolve('signature_blocks_in_pairs')
    l_0_signature_blocks = l_0_a = l_0_kept = missing
    try:
        t_1 = environment.filters['datum_text']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'datum_text' found.")
    pass
    included_template = environment.get_template('partials/signature_blocks.md.j2', 'partials/approval.md.j2')._get_default_module(context)
    l_0_signature_blocks = getattr(included_template, 'signature_blocks', missing)
    if l_0_signature_blocks is missing:
        l_0_signature_blocks = undefined(f"the template {included_template.__name__!r} (imported on line 12 in 'partials/approval.md.j2') does not export the requested name 'signature_blocks'", name='signature_blocks')
    context.vars['signature_blocks'] = l_0_signature_blocks
    context.exported_vars.discard('signature_blocks')
    l_0_a = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).approval if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['approval'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approval'))
    context.vars['a'] = l_0_a
    context.exported_vars.add('a')
    l_0_kept = ((((undefined(name='a') if l_0_a is missing else l_0_a).date if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['date'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'date')) and ((undefined(name='a') if l_0_a is missing else l_0_a).certifier if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier'))) and (not ((undefined(name='a') if l_0_a is missing else l_0_a).signatures if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['signatures'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'signatures'))))
    context.vars['kept'] = l_0_kept
    context.exported_vars.add('kept')
    yield '::: efter\n## Justering\n\n'
    if (undefined(name='kept') if l_0_kept is missing else l_0_kept):
        pass
        yield '::: samman\n'
    if ((undefined(name='a') if l_0_a is missing else l_0_a).date if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['date'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'date')):
        pass
        yield 'Justerat '
        if ((undefined(name='a') if l_0_a is missing else l_0_a).place if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['place'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'place')):
            pass
            yield 'i '
            yield (environment.printed(((undefined(name='a') if l_0_a is missing else l_0_a).place if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['place'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'place'))))
            yield ' '
        yield 'den '
        yield (environment.printed(t_1(((undefined(name='a') if l_0_a is missing else l_0_a).date if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['date'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'date')))))
        if ((undefined(name='a') if l_0_a is missing else l_0_a).by if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['by'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'by')):
            pass
            yield ' av '
            yield (environment.printed(((undefined(name='a') if l_0_a is missing else l_0_a).by if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['by'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'by'))))
        yield '.\n'
    if ((undefined(name='a') if l_0_a is missing else l_0_a).signatures if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['signatures'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'signatures')):
        pass
        yield '\n'
        yield (environment.printed(environment.call(context, (undefined(name='signature_blocks') if l_0_signature_blocks is missing else l_0_signature_blocks), (((undefined(name='a') if l_0_a is missing else l_0_a).signatures if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['signatures'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'signatures')) if (undefined(name='signature_blocks_in_pairs') if l_0_signature_blocks_in_pairs is missing else l_0_signature_blocks_in_pairs) else ((undefined(name='a') if l_0_a is missing else l_0_a).signature_rows if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['signature_rows'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'signature_rows'))))))
    elif ((undefined(name='a') if l_0_a is missing else l_0_a).certifier if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier')):
        pass
        yield '\nUtdraget bestyrks: '
        yield (environment.printed(((undefined(name='a') if l_0_a is missing else l_0_a).certifier if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier'))))
        if ((undefined(name='a') if l_0_a is missing else l_0_a).certifier_title if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier_title'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier_title')):
            pass
            yield ', '
            yield (environment.printed(((undefined(name='a') if l_0_a is missing else l_0_a).certifier_title if type((undefined(name='a') if l_0_a is missing else l_0_a)) in environment.view_owners['certifier_title'] else environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'certifier_title'))))
        yield '\n'
    if (undefined(name='kept') if l_0_kept is missing else l_0_kept):
        pass
        yield ':::\n'
    yield ':::\n'

blocks = {}
debug_info = '12=20&13=26&14=29&18=33&21=36&22=39&24=51&26=54&27=55&29=58&31=64'
