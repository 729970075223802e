from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/decision.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_d = l_0_sentences = l_0_bullets = l_0_recorded = missing
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    try:
        t_2 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['tal']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'tal' found.")
    pass
    l_0_d = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'))
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    l_0_sentences = (((undefined(name='d') if l_0_d is missing else l_0_d).style if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['style'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'style')) == 'numrerad')
    context.vars['sentences'] = l_0_sentences
    context.exported_vars.add('sentences')
    l_0_bullets = (((undefined(name='d') if l_0_d is missing else l_0_d).style if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['style'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'style')) == 'punktlista')
    context.vars['bullets'] = l_0_bullets
    context.exported_vars.add('bullets')
    yield '## '
    yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).heading if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['heading'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'heading'))))
    yield '\n\n'
    if ((undefined(name='d') if l_0_d is missing else l_0_d).opening if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['opening'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'opening')):
        pass
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).opening if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['opening'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'opening'))))
        yield '\n\n'
    if ((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences) and ((undefined(name='d') if l_0_d is missing else l_0_d).lone if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['lone'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'lone'))):
        pass
        for l_1_point in t_1(context, ((undefined(name='d') if l_0_d is missing else l_0_d).points if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['points'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'points'))):
            _loop_vars = {}
            pass
            yield (environment.printed(l_1_point))
            yield '\n\n'
        l_1_point = missing
    elif ((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences) or (undefined(name='bullets') if l_0_bullets is missing else l_0_bullets)):
        pass
        l_1_loop = missing
        for l_1_point, l_1_loop in LoopContext(t_1(context, ((undefined(name='d') if l_0_d is missing else l_0_d).points if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['points'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'points'))), undefined):
            _loop_vars = {}
            pass
            if (undefined(name='bullets') if l_0_bullets is missing else l_0_bullets):
                pass
                yield '-'
            else:
                pass
                yield (environment.printed(t_4(environment.getattr(l_1_loop, 'index'))))
                yield '.'
            yield ' '
            yield (environment.printed(t_2(l_1_point, 4)))
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
        t_5 = []
        if l_1_one is missing:
            l_1_one = undefined("parameter 'one' was not provided", name='one')
        if l_1_many is missing:
            l_1_many = undefined("parameter 'many' was not provided", name='many')
        if l_1_texts is missing:
            l_1_texts = undefined("parameter 'texts' was not provided", name='texts')
        pass
        if l_1_texts:
            pass
            t_5.extend((
                '### ',
                (environment.printed((l_1_many if (t_3(l_1_texts) > 1) else l_1_one))),
                '\n\n',
            ))
            for l_2_text in t_1(context, l_1_texts):
                _loop_vars = {}
                pass
                t_5.extend((
                    (environment.printed(l_2_text)),
                    '\n\n',
                ))
            l_2_text = missing
        return concat(t_5)
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
debug_info = '16=37&17=40&18=43&19=47&21=49&22=51&25=53&26=55&27=58&30=61&31=64&32=67&33=77&39=84&40=88&44=91&45=100&46=104&48=107&49=111&54=118&55=119&56=121&57=124&58=130&59=133'
