from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/table.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_block = resolve('block')
    l_0_cell = missing
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    try:
        t_2 = environment.filters['belopp']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'belopp' found.")
    try:
        t_3 = environment.filters['kr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'kr' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_c):
        t_6 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        if environment.getattr(l_1_c, 'label'):
            pass
            t_6.extend((
                '*',
                escape(environment.finalize(environment.getattr(l_1_c, 'label'))),
                '* ',
            ))
        if environment.getattr(l_1_c, 'bold'):
            pass
            t_6.append(
                '**',
            )
        if (not t_5(environment.getattr(l_1_c, 'amount'))):
            pass
            t_6.append(
                escape(environment.finalize(t_2(environment.getattr(l_1_c, 'amount'), environment.getattr(l_1_c, 'unit'), environment.getattr(l_1_c, 'decimals')))),
            )
        else:
            pass
            t_6.append(
                escape(environment.finalize(environment.getattr(l_1_c, 'text'))),
            )
        if environment.getattr(l_1_c, 'bold'):
            pass
            t_6.append(
                '**',
            )
        if environment.getattr(l_1_c, 'note'):
            pass
            t_6.extend((
                ': ',
                escape(environment.finalize(environment.getattr(l_1_c, 'note'))),
            ))
        return concat(t_6)
    context.exported_vars.add('cell')
    context.vars['cell'] = l_0_cell = Macro(environment, macro, 'cell', ('c',), False, False, False, context.eval_ctx.autoescape)
    if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading'):
        pass
        yield escape(environment.finalize(t_4(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_marks'))))
        yield ' '
        yield escape(environment.finalize(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading')))
        if (not t_5(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_amount'))):
            pass
            yield ' – '
            yield escape(environment.finalize(t_3(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_amount'))))
        yield '\n\n'
    if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead'):
        pass
        yield escape(environment.finalize(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead')))
        if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding'):
            pass
            yield ', avrundat till hela '
            yield escape(environment.finalize(t_3(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding'))))
        yield ':\n\n\n'
    yield '|'
    for l_1_column in t_1(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'columns')):
        _loop_vars = {}
        pass
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_column, 'header')))
        yield ' |'
    l_1_column = missing
    yield '\n|'
    for l_1_column in t_1(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'columns')):
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_column, 'align') == 'right'):
            pass
            yield '--:'
        else:
            pass
            yield ':--'
        yield '|'
    l_1_column = missing
    yield '\n'
    for l_1_row in t_1(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rows')):
        _loop_vars = {}
        pass
        yield '|'
        for l_2_c in t_1(environment.getattr(l_1_row, 'cells')):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_c, 'empty'):
                pass
                yield ' |'
            else:
                pass
                yield ' '
                yield escape(environment.finalize(environment.call(context, (undefined(name='cell') if l_0_cell is missing else l_0_cell), l_2_c, _loop_vars=_loop_vars)))
                yield ' |'
        l_2_c = missing
        yield '\n'
    l_1_row = missing

blocks = {}
debug_info = '2=43&3=84&4=86&8=94&9=96&13=103&15=111&17=123&18=127'
