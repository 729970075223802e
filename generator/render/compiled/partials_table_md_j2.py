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
        t_3 = environment.filters['celltext']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'celltext' found.")
    try:
        t_4 = environment.filters['kr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'kr' found.")
    try:
        t_5 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_6 = environment.filters['tabelltal']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'tabelltal' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    if ((undefined(name='block') if l_0_block is missing else l_0_block).heading if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['heading'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading')):
        pass
        yield (environment.printed(t_5(((undefined(name='block') if l_0_block is missing else l_0_block).heading_marks if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['heading_marks'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_marks')))))
        yield ' '
        yield (environment.printed(((undefined(name='block') if l_0_block is missing else l_0_block).heading if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['heading'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading'))))
        if (not t_7(((undefined(name='block') if l_0_block is missing else l_0_block).heading_amount if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['heading_amount'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_amount')))):
            pass
            yield ' – '
            yield (environment.printed(t_4(((undefined(name='block') if l_0_block is missing else l_0_block).heading_amount if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['heading_amount'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'heading_amount')))))
        yield '\n\n'
    if ((undefined(name='block') if l_0_block is missing else l_0_block).lead if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['lead'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead')):
        pass
        if (((undefined(name='block') if l_0_block is missing else l_0_block).lead if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['lead'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead'))[-1:] in '.!?'):
            pass
            yield (environment.printed(((undefined(name='block') if l_0_block is missing else l_0_block).lead if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['lead'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead'))))
            if ((undefined(name='block') if l_0_block is missing else l_0_block).rounding if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['rounding'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding')):
                pass
                yield ' Beloppen är avrundade till '
                yield (environment.printed(((undefined(name='block') if l_0_block is missing else l_0_block).rounding if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['rounding'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding'))))
                yield '.'
        else:
            pass
            yield (environment.printed((((undefined(name='block') if l_0_block is missing else l_0_block).lead if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['lead'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead'))[:-1] if (((undefined(name='block') if l_0_block is missing else l_0_block).lead if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['lead'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead'))[-1:] == ':') else ((undefined(name='block') if l_0_block is missing else l_0_block).lead if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['lead'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'lead')))))
            if ((undefined(name='block') if l_0_block is missing else l_0_block).rounding if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['rounding'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding')):
                pass
                yield ', avrundat till '
                yield (environment.printed(((undefined(name='block') if l_0_block is missing else l_0_block).rounding if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['rounding'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounding'))))
            yield ':\n'
        yield '\n\n'
    yield '|'
    for l_1_column in t_1(context, ((undefined(name='block') if l_0_block is missing else l_0_block).columns if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['columns'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'columns'))):
        _loop_vars = {}
        pass
        yield ' '
        yield (environment.printed((l_1_column.full_header if type(l_1_column) in environment.view_owners['full_header'] else environment.getattr(l_1_column, 'full_header'))))
        yield ' |'
    l_1_column = missing
    yield '\n|'
    for l_1_column in t_1(context, ((undefined(name='block') if l_0_block is missing else l_0_block).columns if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['columns'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'columns'))):
        _loop_vars = {}
        pass
        if ((l_1_column.align if type(l_1_column) in environment.view_owners['align'] else environment.getattr(l_1_column, 'align')) == 'right'):
            pass
            yield '--:'
        else:
            pass
            yield ':--'
        yield '|'
    l_1_column = missing
    yield '\n'
    for l_1_row in t_1(context, ((undefined(name='block') if l_0_block is missing else l_0_block).rows if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['rows'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rows'))):
        _loop_vars = {}
        pass
        yield '|'
        for l_2_c in t_1(context, (l_1_row.cells if type(l_1_row) in environment.view_owners['cells'] else environment.getattr(l_1_row, 'cells'))):
            _loop_vars = {}
            pass
            if (l_2_c.empty if type(l_2_c) in environment.view_owners['empty'] else environment.getattr(l_2_c, 'empty')):
                pass
                yield ' |'
            else:
                pass
                yield ' '
                if (l_2_c.label if type(l_2_c) in environment.view_owners['label'] else environment.getattr(l_2_c, 'label')):
                    pass
                    yield '*'
                    yield (environment.printed((l_2_c.label if type(l_2_c) in environment.view_owners['label'] else environment.getattr(l_2_c, 'label'))))
                    yield '* '
                if (l_2_c.bold if type(l_2_c) in environment.view_owners['bold'] else environment.getattr(l_2_c, 'bold')):
                    pass
                    yield '**'
                if (not t_7((l_2_c.amount if type(l_2_c) in environment.view_owners['amount'] else environment.getattr(l_2_c, 'amount')))):
                    pass
                    yield (environment.printed(t_2((l_2_c.amount if type(l_2_c) in environment.view_owners['amount'] else environment.getattr(l_2_c, 'amount')), (l_2_c.unit if type(l_2_c) in environment.view_owners['unit'] else environment.getattr(l_2_c, 'unit')), (l_2_c.decimals if type(l_2_c) in environment.view_owners['decimals'] else environment.getattr(l_2_c, 'decimals')), (l_2_c.plus if type(l_2_c) in environment.view_owners['plus'] else environment.getattr(l_2_c, 'plus')))))
                elif (l_2_c.text if type(l_2_c) in environment.view_owners['text'] else environment.getattr(l_2_c, 'text')):
                    pass
                    yield (environment.printed(t_3((l_2_c.text if type(l_2_c) in environment.view_owners['text'] else environment.getattr(l_2_c, 'text')))))
                elif (not t_7((l_2_c.number if type(l_2_c) in environment.view_owners['number'] else environment.getattr(l_2_c, 'number')))):
                    pass
                    yield (environment.printed(t_6((l_2_c.number if type(l_2_c) in environment.view_owners['number'] else environment.getattr(l_2_c, 'number')), (l_2_c.plus if type(l_2_c) in environment.view_owners['plus'] else environment.getattr(l_2_c, 'plus')))))
                if (l_2_c.bold if type(l_2_c) in environment.view_owners['bold'] else environment.getattr(l_2_c, 'bold')):
                    pass
                    yield '**'
                if (l_2_c.footnote if type(l_2_c) in environment.view_owners['footnote'] else environment.getattr(l_2_c, 'footnote')):
                    pass
                    yield '\\*'
                if (l_2_c.note if type(l_2_c) in environment.view_owners['note'] else environment.getattr(l_2_c, 'note')):
                    pass
                    yield ': '
                    yield (environment.printed((l_2_c.note if type(l_2_c) in environment.view_owners['note'] else environment.getattr(l_2_c, 'note'))))
                yield ' |'
        l_2_c = missing
        yield '\n'
    l_1_row = missing
    if ((undefined(name='block') if l_0_block is missing else l_0_block).rounded if type((undefined(name='block') if l_0_block is missing else l_0_block)) in environment.view_owners['rounded'] else environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'rounded')):
        pass
        yield '\n'
        template = environment.get_template('partials/avrundat.md.j2', 'partials/table.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

blocks = {}
debug_info = '9=54&10=56&14=64&15=66&16=68&18=76&23=84&25=92&27=104&29=108&30=111&31=117&32=122&33=125&34=134&35=137&36=140&41=148&43=151'
