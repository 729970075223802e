from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/attachments.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    try:
        t_2 = environment.filters['tal']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'tal' found.")
    pass
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).attachments if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['attachments'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'attachments')):
        pass
        yield '## '
        yield (environment.printed(((undefined(name='doc') if l_0_doc is missing else l_0_doc).attachments_heading if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['attachments_heading'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'attachments_heading'))))
        yield '\n\n'
        l_1_loop = missing
        for l_1_attachment, l_1_loop in LoopContext(t_1(context, ((undefined(name='doc') if l_0_doc is missing else l_0_doc).attachments if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['attachments'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'attachments'))), undefined):
            _loop_vars = {}
            pass
            yield (environment.printed(t_2(environment.getattr(l_1_loop, 'index'))))
            yield '. '
            yield (environment.printed(l_1_attachment))
            yield '\n'
        l_1_loop = l_1_attachment = missing
        yield '\n'

blocks = {}
debug_info = '2=24&3=27&5=30&6=33'
