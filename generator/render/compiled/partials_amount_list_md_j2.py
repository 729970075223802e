from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/amount_list.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_block = resolve('block')
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    try:
        t_2 = environment.filters['kr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'kr' found.")
    pass
    for (l_1_name, l_1_amount) in t_1(context, ((undefined(name='block') if l_0_block is missing else l_0_block).items if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['items'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'items'))):
        _loop_vars = {}
        pass
        yield '- '
        yield (environment.printed(l_1_name))
        yield ' ('
        yield (environment.printed(t_2(l_1_amount)))
        yield ')\n'
    l_1_name = l_1_amount = missing
    yield '\nSammanlagt '
    yield (environment.printed(t_2(((undefined(name='block') if l_0_block is missing else l_0_block).total if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['total'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'total')))))
    yield '.\n'

blocks = {}
debug_info = '2=24&3=28&6=34'
