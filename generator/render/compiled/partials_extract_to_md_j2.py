from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/extract_to.md.j2'

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
    pass
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).extract_to if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['extract_to'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'extract_to')):
        pass
        yield '::: efter\n::: samman\n## '
        yield (environment.printed(((undefined(name='doc') if l_0_doc is missing else l_0_doc).extract_heading if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['extract_heading'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'extract_heading'))))
        yield '\n\n'
        for l_1_receiver in t_1(context, ((undefined(name='doc') if l_0_doc is missing else l_0_doc).extract_to if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['extract_to'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'extract_to'))):
            _loop_vars = {}
            pass
            yield '- '
            yield (environment.printed(l_1_receiver))
            yield '\n'
        l_1_receiver = missing
        yield ':::\n:::\n'

blocks = {}
debug_info = '6=18&9=21&11=23&12=27'
