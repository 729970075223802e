from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/signatures.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_signature_blocks = missing
    pass
    included_template = environment.get_template('partials/signature_blocks.md.j2', 'partials/signatures.md.j2')._get_default_module(context)
    l_0_signature_blocks = getattr(included_template, 'signature_blocks', missing)
    if l_0_signature_blocks is missing:
        l_0_signature_blocks = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'partials/signatures.md.j2') does not export the requested name 'signature_blocks'", name='signature_blocks')
    context.vars['signature_blocks'] = l_0_signature_blocks
    context.exported_vars.discard('signature_blocks')
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).signatories if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signatories'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signatories')):
        pass
        yield (environment.printed(environment.call(context, (undefined(name='signature_blocks') if l_0_signature_blocks is missing else l_0_signature_blocks), ((undefined(name='doc') if l_0_doc is missing else l_0_doc).signatories if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signatories'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signatories')))))

blocks = {}
debug_info = '3=13&4=19&5=21'
