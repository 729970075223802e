from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/decision.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_d = l_0_sentences = l_0_recorded = missing
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    try:
        t_2 = environment.filters['datum_text']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum_text' found.")
    try:
        t_3 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['tal']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'tal' found.")
    pass
    l_0_d = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'))
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    l_0_sentences = (((undefined(name='d') if l_0_d is missing else l_0_d).style if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['style'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'style')) == 'numrerad')
    context.vars['sentences'] = l_0_sentences
    context.exported_vars.add('sentences')
    yield '## '
    yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).heading if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['heading'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'heading'))))
    yield '\n\n'
    if ((undefined(name='d') if l_0_d is missing else l_0_d).date if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['date'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'date')):
        pass
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).body if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['body'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'body'))))
        yield ' beslutade den '
        yield (environment.printed(t_2(((undefined(name='d') if l_0_d is missing else l_0_d).date if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['date'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'date')))))
        if ((undefined(name='d') if l_0_d is missing else l_0_d).paragraph if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['paragraph'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'paragraph')):
            pass
            yield ', '
            yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).paragraph if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['paragraph'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'paragraph'))))
            if (not (undefined(name='sentences') if l_0_sentences is missing else l_0_sentences)):
                pass
                yield ','
        if (undefined(name='sentences') if l_0_sentences is missing else l_0_sentences):
            pass
            yield ':'
        yield '\n'
    else:
        pass
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).body if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['body'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'body'))))
        yield ' beslutar'
        if ((undefined(name='d') if l_0_d is missing else l_0_d).paragraph if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['paragraph'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'paragraph')):
            pass
            yield ' ('
            yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).paragraph if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['paragraph'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'paragraph'))))
            yield ')'
        if (undefined(name='sentences') if l_0_sentences is missing else l_0_sentences):
            pass
            yield ':'
        yield '\n'
    yield '\n'
    if ((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences) and ((undefined(name='d') if l_0_d is missing else l_0_d).lone if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['lone'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'lone'))):
        pass
        for l_1_point in t_1(context, ((undefined(name='d') if l_0_d is missing else l_0_d).points if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['points'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'points'))):
            _loop_vars = {}
            pass
            yield (environment.printed(l_1_point))
            yield '\n\n'
        l_1_point = missing
    elif (undefined(name='sentences') if l_0_sentences is missing else l_0_sentences):
        pass
        l_1_loop = missing
        for l_1_point, l_1_loop in LoopContext(t_1(context, ((undefined(name='d') if l_0_d is missing else l_0_d).points if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['points'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'points'))), undefined):
            _loop_vars = {}
            pass
            yield (environment.printed(t_5(environment.getattr(l_1_loop, 'index'))))
            yield '. '
            yield (environment.printed(t_3(l_1_point, 4)))
            yield '\n'
            if (('\n\n' in l_1_point) and (not environment.getattr(l_1_loop, 'last'))):
                pass
                yield '\n'
        l_1_loop = l_1_point = missing
        yield '\n'
    else:
        pass
        for l_1_point in t_1(context, ((undefined(name='d') if l_0_d is missing else l_0_d).points if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['points'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'points'))):
            _loop_vars = {}
            pass
            yield 'att '
            yield (environment.printed(l_1_point))
            yield '\n\n'
        l_1_point = missing
    def macro(l_1_one, l_1_many, l_1_texts):
        t_6 = []
        if l_1_one is missing:
            l_1_one = undefined("parameter 'one' was not provided", name='one')
        if l_1_many is missing:
            l_1_many = undefined("parameter 'many' was not provided", name='many')
        if l_1_texts is missing:
            l_1_texts = undefined("parameter 'texts' was not provided", name='texts')
        pass
        if l_1_texts:
            pass
            t_6.extend((
                '### ',
                (environment.printed((l_1_many if (t_4(l_1_texts) > 1) else l_1_one))),
                '\n\n',
            ))
            for l_2_text in t_1(context, l_1_texts):
                _loop_vars = {}
                pass
                t_6.extend((
                    (environment.printed(l_2_text)),
                    '\n\n',
                ))
            l_2_text = missing
        return concat(t_6)
    context.exported_vars.add('recorded')
    context.vars['recorded'] = l_0_recorded = Macro(environment, macro, 'recorded', ('one', 'many', 'texts'), False, False, False, context.eval_ctx.autoescape)
    yield (environment.printed(environment.call(context, (undefined(name='recorded') if l_0_recorded is missing else l_0_recorded), 'Reservation', 'Reservationer', ((undefined(name='d') if l_0_d is missing else l_0_d).reservations if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['reservations'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'reservations')))))
    yield (environment.printed(environment.call(context, (undefined(name='recorded') if l_0_recorded is missing else l_0_recorded), 'Protokollsanteckning', 'Protokollsanteckningar', ((undefined(name='d') if l_0_d is missing else l_0_d).notes if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['notes'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'notes')))))
    yield '\n'
    if (((undefined(name='d') if l_0_d is missing else l_0_d).per_capsulam if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['per_capsulam'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'per_capsulam')) and (((undefined(name='d') if l_0_d is missing else l_0_d).recorded_in if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['recorded_in'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'recorded_in')) == 'anmals')):
        pass
        yield 'Beslutet'
        if ((undefined(name='d') if l_0_d is missing else l_0_d).named if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['named'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'named')):
            pass
            yield ' per capsulam'
        yield ' anmäls vid '
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).meeting_genitive if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['meeting_genitive'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'meeting_genitive'))))
        yield ' nästa sammanträde.\n'
    elif ((undefined(name='d') if l_0_d is missing else l_0_d).per_capsulam if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['per_capsulam'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'per_capsulam')):
        pass
        yield 'Beslutet'
        if ((undefined(name='d') if l_0_d is missing else l_0_d).named if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['named'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'named')):
            pass
            yield ' per capsulam'
        yield ' förs till '
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).recorded_in if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['recorded_in'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'recorded_in'))))
        yield ' på nästkommande möte i '
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).meeting if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['meeting'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'meeting'))))
        yield '.\n'

blocks = {}
debug_info = '11=43&12=46&13=50&15=52&16=54&18=70&21=82&22=84&23=87&26=90&27=93&28=96&29=100&35=107&36=111&40=114&41=123&42=127&44=130&45=134&50=141&51=142&52=144&53=147&54=153&55=156'
