from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/proposal.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_p = missing
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
        t_3 = environment.filters['tal']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'tal' found.")
    pass
    l_0_p = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).proposal if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['proposal'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposal'))
    context.vars['p'] = l_0_p
    context.exported_vars.add('p')
    yield '## '
    yield (environment.printed(((undefined(name='p') if l_0_p is missing else l_0_p).heading if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['heading'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'heading'))))
    yield '\n\n'
    if ((undefined(name='p') if l_0_p is missing else l_0_p).lead if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['lead'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lead')):
        pass
        yield (environment.printed(((undefined(name='p') if l_0_p is missing else l_0_p).lead if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['lead'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lead'))))
        if (((undefined(name='p') if l_0_p is missing else l_0_p).style if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['style'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'style')) != 'att'):
            pass
            yield ':'
        yield '\n\n'
    if (((undefined(name='p') if l_0_p is missing else l_0_p).style if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['style'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'style')) == 'att'):
        pass
        for l_1_point in t_1(context, ((undefined(name='p') if l_0_p is missing else l_0_p).points if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['points'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'points'))):
            _loop_vars = {}
            pass
            yield 'att '
            yield (environment.printed(l_1_point))
            yield '\n\n'
        l_1_point = missing
    elif ((undefined(name='p') if l_0_p is missing else l_0_p).lone if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['lone'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lone')):
        pass
        for l_1_point in t_1(context, ((undefined(name='p') if l_0_p is missing else l_0_p).points if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['points'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'points'))):
            _loop_vars = {}
            pass
            yield (environment.printed(l_1_point))
            yield '\n\n'
        l_1_point = missing
    else:
        pass
        l_1_loop = missing
        for l_1_point, l_1_loop in LoopContext(t_1(context, ((undefined(name='p') if l_0_p is missing else l_0_p).points if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['points'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'points'))), undefined):
            _loop_vars = {}
            pass
            if (((undefined(name='p') if l_0_p is missing else l_0_p).style if type((undefined(name='p') if l_0_p is missing else l_0_p)) in environment.view_owners['style'] else environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'style')) == 'punktlista'):
                pass
                yield '-'
            else:
                pass
                yield (environment.printed(t_3(environment.getattr(l_1_loop, 'index'))))
                yield '.'
            yield ' '
            yield (environment.printed(t_2(l_1_point, 4)))
            yield '\n'
            if (('\n\n' in l_1_point) and (not environment.getattr(l_1_loop, 'last'))):
                pass
                yield '\n'
        l_1_loop = l_1_point = missing

blocks = {}
debug_info = '4=31&5=35&7=37&8=39&11=44&12=46&13=50&16=53&17=55&18=58&22=64&23=67&24=77'
