from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/avrundat.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_block = resolve('block')
    try:
        t_1 = environment.filters['default']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'default' found.")
    pass
    yield 'Beloppen är avrundade var för sig, så '
    yield (environment.printed(t_1(((undefined(name='block') if l_0_block is missing else l_0_block).rounded_sums if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['rounded_sums'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounded_sums')), 'totalen')))
    yield ' kan avvika från summan av beloppen.\n'

blocks = {}
debug_info = '2=19'
