from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/signature_blocks.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_line = l_0_in_cell = l_0_as_lines = l_0_blank = l_0_dated = l_0_place = l_0_block = l_0_signature_blocks = missing
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    try:
        t_3 = environment.filters['datum_text']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'datum_text' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_7 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_8 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    l_0_line = Markup('\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_')
    context.vars['line'] = l_0_line
    context.exported_vars.add('line')
    l_0_in_cell = Markup('<br>')
    context.vars['in_cell'] = l_0_in_cell
    context.exported_vars.add('in_cell')
    l_0_as_lines = Markup('  \n')
    context.vars['as_lines'] = l_0_as_lines
    context.exported_vars.add('as_lines')
    l_0_blank = Markup('\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_')
    context.vars['blank'] = l_0_blank
    context.exported_vars.add('blank')
    def macro(l_1_s):
        t_9 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        if (l_1_s.date_in_words if type(l_1_s) in environment.view_owners['date_in_words'] else environment.getattr(l_1_s, 'date_in_words')):
            pass
            if (l_1_s.place if type(l_1_s) in environment.view_owners['place'] else environment.getattr(l_1_s, 'place')):
                pass
                t_9.append(
                    'den ',
                )
            t_9.append(
                (environment.printed(t_3((l_1_s.date if type(l_1_s) in environment.view_owners['date'] else environment.getattr(l_1_s, 'date'))))),
            )
        else:
            pass
            t_9.append(
                (environment.printed(t_2((l_1_s.date if type(l_1_s) in environment.view_owners['date'] else environment.getattr(l_1_s, 'date'))))),
            )
        return concat(t_9)
    context.exported_vars.add('dated')
    context.vars['dated'] = l_0_dated = Macro(environment, macro, 'dated', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_10 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        if (l_1_s.place if type(l_1_s) in environment.view_owners['place'] else environment.getattr(l_1_s, 'place')):
            pass
            t_10.extend((
                (environment.printed((l_1_s.place if type(l_1_s) in environment.view_owners['place'] else environment.getattr(l_1_s, 'place')))),
                ' ',
            ))
        if (l_1_s.date if type(l_1_s) in environment.view_owners['date'] else environment.getattr(l_1_s, 'date')):
            pass
            t_10.append(
                (environment.printed(environment.call(context, (undefined(name='dated') if l_0_dated is missing else l_0_dated), l_1_s))),
            )
        elif (l_1_s.place if type(l_1_s) in environment.view_owners['place'] else environment.getattr(l_1_s, 'place')):
            pass
            t_10.extend((
                'den ',
                (environment.printed((undefined(name='blank') if l_0_blank is missing else l_0_blank))),
            ))
        elif (l_1_s.date_line if type(l_1_s) in environment.view_owners['date_line'] else environment.getattr(l_1_s, 'date_line')):
            pass
            t_10.extend((
                'Datum: ',
                (environment.printed((undefined(name='blank') if l_0_blank is missing else l_0_blank))),
            ))
        return concat(t_10)
    context.exported_vars.add('place')
    context.vars['place'] = l_0_place = Macro(environment, macro, 'place', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_first, l_1_end, l_1_party):
        t_11 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        if l_1_end is missing:
            l_1_end = undefined("parameter 'end' was not provided", name='end')
        if l_1_party is missing:
            l_1_party = False
        pass
        if (not l_1_first):
            pass
            t_11.append(
                '<br><br>',
            )
        if (l_1_s.caption if type(l_1_s) in environment.view_owners['caption'] else environment.getattr(l_1_s, 'caption')):
            pass
            t_11.append(
                (environment.printed((l_1_s.caption if type(l_1_s) in environment.view_owners['caption'] else environment.getattr(l_1_s, 'caption')))),
            )
        else:
            pass
            t_11.append(
                (environment.printed(environment.call(context, (undefined(name='place') if l_0_place is missing else l_0_place), l_1_s))),
            )
        t_11.append(
            '<br><br>',
        )
        if l_1_party:
            pass
            if (l_1_s.party_above if type(l_1_s) in environment.view_owners['party_above'] else environment.getattr(l_1_s, 'party_above')):
                pass
                t_11.append(
                    (environment.printed((l_1_s.organisation if type(l_1_s) in environment.view_owners['organisation'] else environment.getattr(l_1_s, 'organisation')))),
                )
            t_11.append(
                '<br><br>',
            )
        t_11.extend((
            (environment.printed(l_1_end)),
            (environment.printed((undefined(name='line') if l_0_line is missing else l_0_line))),
        ))
        if (l_1_s.name if type(l_1_s) in environment.view_owners['name'] else environment.getattr(l_1_s, 'name')):
            pass
            t_11.extend((
                (environment.printed(l_1_end)),
                (environment.printed((l_1_s.name if type(l_1_s) in environment.view_owners['name'] else environment.getattr(l_1_s, 'name')))),
            ))
        elif (l_1_s.title if type(l_1_s) in environment.view_owners['title'] else environment.getattr(l_1_s, 'title')):
            pass
            t_11.extend((
                (environment.printed(l_1_end)),
                '<br>',
                (environment.printed((undefined(name='line') if l_0_line is missing else l_0_line))),
            ))
        if (l_1_s.title if type(l_1_s) in environment.view_owners['title'] else environment.getattr(l_1_s, 'title')):
            pass
            t_11.extend((
                (environment.printed(l_1_end)),
                (environment.printed((l_1_s.title if type(l_1_s) in environment.view_owners['title'] else environment.getattr(l_1_s, 'title')))),
            ))
        if ((l_1_s.organisation if type(l_1_s) in environment.view_owners['organisation'] else environment.getattr(l_1_s, 'organisation')) and (not (l_1_s.party_above if type(l_1_s) in environment.view_owners['party_above'] else environment.getattr(l_1_s, 'party_above')))):
            pass
            t_11.extend((
                (environment.printed(l_1_end)),
                (environment.printed((l_1_s.organisation if type(l_1_s) in environment.view_owners['organisation'] else environment.getattr(l_1_s, 'organisation')))),
            ))
        return concat(t_11)
    context.exported_vars.add('block')
    context.vars['block'] = l_0_block = Macro(environment, macro, 'block', ('s', 'first', 'end', 'party'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows):
        t_12 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_12.append(
            '::: signaturer\n',
        )
        if ((t_4(l_1_rows) == 1) and (t_4(t_5(context.eval_ctx, t_7(context, environment.getitem(l_1_rows, 0)))) == 1)):
            pass
            t_12.extend((
                (environment.printed(environment.call(context, (undefined(name='block') if l_0_block is missing else l_0_block), environment.getitem(environment.getitem(l_1_rows, 0), 0), True, (undefined(name='as_lines') if l_0_as_lines is missing else l_0_as_lines), environment.getattr(environment.getitem(environment.getitem(l_1_rows, 0), 0), 'party_above')))),
                '\n',
            ))
        else:
            pass
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(t_1(context, l_1_rows), undefined):
                l_2_top = l_2_party = missing
                _loop_vars = {}
                pass
                l_2_top = (l_2_loop.first if type(l_2_loop) in environment.view_owners['first'] else environment.getattr(l_2_loop, 'first'))
                _loop_vars['top'] = l_2_top
                l_2_party = (t_4(t_5(context.eval_ctx, t_8(context, t_7(context, l_2_row), 'party_above'))) > 0)
                _loop_vars['party'] = l_2_party
                t_12.append(
                    '|',
                )
                for l_3_s in t_1(context, l_2_row):
                    _loop_vars = {}
                    pass
                    t_12.append(
                        ' ',
                    )
                    if l_3_s:
                        pass
                        t_12.append(
                            (environment.printed(environment.call(context, (undefined(name='block') if l_0_block is missing else l_0_block), l_3_s, (undefined(name='top') if l_2_top is missing else l_2_top), (undefined(name='in_cell') if l_0_in_cell is missing else l_0_in_cell), (undefined(name='party') if l_2_party is missing else l_2_party), _loop_vars=_loop_vars))),
                        )
                    t_12.append(
                        ' |',
                    )
                l_3_s = missing
                t_12.append(
                    '\n',
                )
                if (undefined(name='top') if l_2_top is missing else l_2_top):
                    pass
                    t_12.append(
                        '|',
                    )
                    for l_3_s in t_1(context, l_2_row):
                        _loop_vars = {}
                        pass
                        t_12.append(
                            ':--|',
                        )
                    l_3_s = missing
                    t_12.append(
                        '\n',
                    )
            l_2_loop = l_2_row = l_2_top = l_2_party = missing
        t_12.append(
            ':::\n',
        )
        return concat(t_12)
    context.exported_vars.add('signature_blocks')
    context.vars['signature_blocks'] = l_0_signature_blocks = Macro(environment, macro, 'signature_blocks', ('rows',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '18=60&19=63&20=66&21=69&22=72&23=95&24=126&25=197&27=205&28=208&30=214&31=218&32=220&33=225&35=243&36=248'
