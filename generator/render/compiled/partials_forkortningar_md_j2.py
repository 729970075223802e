from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/forkortningar.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_items = resolve('items')
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    pass
    yield '## Förkortningar\n\n'
    for (l_1_short, l_1_long) in t_1(context, (undefined(name='items') if l_0_items is missing else l_0_items)):
        _loop_vars = {}
        pass
        yield '- '
        yield (environment.printed(l_1_short))
        yield ': '
        yield (environment.printed(l_1_long))
        yield '\n'
    l_1_short = l_1_long = missing

blocks = {}
debug_info = '4=19&5=23'
