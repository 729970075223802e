from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/table.md.j2'

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
        t_5 = environment.filters['tabelltal']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'tabelltal' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading'):
        pass
        yield (environment.printed(t_4(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_marks'))))
        yield ' '
        yield (environment.printed(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading')))
        if (not t_6(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_amount'))):
            pass
            yield ' – '
            yield (environment.printed(t_3(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_amount'))))
        yield '\n\n'
    if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead'):
        pass
        if (environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead')[-1:] in '.!?'):
            pass
            yield (environment.printed(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead')))
            if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding'):
                pass
                yield ' Beloppen är avrundade till hela '
                yield (environment.printed(t_3(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding'))))
                yield '.'
        else:
            pass
            yield (environment.printed((environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead')[:-1] if (environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead')[-1:] == ':') else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead'))))
            if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding'):
                pass
                yield ', avrundat till hela '
                yield (environment.printed(t_3(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding'))))
            yield ':\n'
        yield '\n\n'
    yield '|'
    for l_1_column in t_1(context, environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'columns')):
        _loop_vars = {}
        pass
        yield ' '
        yield (environment.printed(environment.getattr(l_1_column, 'header')))
        yield ' |'
    l_1_column = missing
    yield '\n|'
    for l_1_column in t_1(context, environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'columns')):
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
    for l_1_row in t_1(context, environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rows')):
        _loop_vars = {}
        pass
        yield '|'
        for l_2_c in t_1(context, environment.getattr(l_1_row, 'cells')):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_c, 'empty'):
                pass
                yield ' |'
            else:
                pass
                yield ' '
                if environment.getattr(l_2_c, 'label'):
                    pass
                    yield '*'
                    yield (environment.printed(environment.getattr(l_2_c, 'label')))
                    yield '* '
                if environment.getattr(l_2_c, 'bold'):
                    pass
                    yield '**'
                if (not t_6(environment.getattr(l_2_c, 'amount'))):
                    pass
                    yield (environment.printed(t_2(environment.getattr(l_2_c, 'amount'), environment.getattr(l_2_c, 'unit'), environment.getattr(l_2_c, 'decimals'))))
                elif environment.getattr(l_2_c, 'text'):
                    pass
                    yield (environment.printed(environment.getattr(l_2_c, 'text')))
                elif (not t_6(environment.getattr(l_2_c, 'number'))):
                    pass
                    yield (environment.printed(t_5(environment.getattr(l_2_c, 'number'))))
                if environment.getattr(l_2_c, 'bold'):
                    pass
                    yield '**'
                if environment.getattr(l_2_c, 'note'):
                    pass
                    yield ': '
                    yield (environment.printed(environment.getattr(l_2_c, 'note')))
                yield ' |'
        l_2_c = missing
        yield '\n'
    l_1_row = missing
    if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounded'):
        pass
        yield '\n'
        template = environment.get_template('partials/avrundat.md.j2', 'partials/table.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

blocks = {}
debug_info = '7=48&8=50&12=58&13=60&14=62&16=70&21=78&23=86&25=98&27=102&28=105&29=111&30=116&31=119&32=128&33=131&38=139&40=142'
