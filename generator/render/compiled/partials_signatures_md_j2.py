from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/signatures.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_line = l_0_place = l_0_block = missing
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
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    l_0_line = Markup('\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_')
    context.vars['line'] = l_0_line
    context.exported_vars.add('line')
    def macro(l_1_s):
        t_4 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        if (l_1_s.place if type(l_1_s) in environment.view_owners['place'] else environment.getattr(l_1_s, 'place')):
            pass
            t_4.extend((
                (environment.printed((l_1_s.place if type(l_1_s) in environment.view_owners['place'] else environment.getattr(l_1_s, 'place')))),
                ' ',
            ))
            if (l_1_s.date if type(l_1_s) in environment.view_owners['date'] else environment.getattr(l_1_s, 'date')):
                pass
                t_4.append(
                    (environment.printed(t_2((l_1_s.date if type(l_1_s) in environment.view_owners['date'] else environment.getattr(l_1_s, 'date'))))),
                )
            else:
                pass
                t_4.append(
                    'den \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_',
                )
        elif (l_1_s.date if type(l_1_s) in environment.view_owners['date'] else environment.getattr(l_1_s, 'date')):
            pass
            t_4.append(
                (environment.printed(t_2((l_1_s.date if type(l_1_s) in environment.view_owners['date'] else environment.getattr(l_1_s, 'date'))))),
            )
        return concat(t_4)
    context.exported_vars.add('place')
    context.vars['place'] = l_0_place = Macro(environment, macro, 'place', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_first):
        t_5 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        pass
        if (not l_1_first):
            pass
            t_5.append(
                '<br><br>',
            )
        t_5.extend((
            (environment.printed(environment.call(context, (undefined(name='place') if l_0_place is missing else l_0_place), l_1_s))),
            '<br><br><br>',
            (environment.printed((undefined(name='line') if l_0_line is missing else l_0_line))),
            '<br>',
        ))
        if (l_1_s.name if type(l_1_s) in environment.view_owners['name'] else environment.getattr(l_1_s, 'name')):
            pass
            t_5.append(
                (environment.printed((l_1_s.name if type(l_1_s) in environment.view_owners['name'] else environment.getattr(l_1_s, 'name')))),
            )
        else:
            pass
            t_5.extend((
                '<br>',
                (environment.printed((undefined(name='line') if l_0_line is missing else l_0_line))),
            ))
        t_5.extend((
            '<br>',
            (environment.printed((l_1_s.title if type(l_1_s) in environment.view_owners['title'] else environment.getattr(l_1_s, 'title')))),
        ))
        if (l_1_s.organisation if type(l_1_s) in environment.view_owners['organisation'] else environment.getattr(l_1_s, 'organisation')):
            pass
            t_5.extend((
                '<br>',
                (environment.printed((l_1_s.organisation if type(l_1_s) in environment.view_owners['organisation'] else environment.getattr(l_1_s, 'organisation')))),
            ))
        return concat(t_5)
    context.exported_vars.add('block')
    context.vars['block'] = l_0_block = Macro(environment, macro, 'block', ('s', 'first'), False, False, False, context.eval_ctx.autoescape)
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).signatories if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signatories'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signatories')):
        pass
        yield '::: signaturer\n'
        l_1_loop = missing
        for (l_1_left, l_1_right), l_1_loop in LoopContext(t_1(context, ((undefined(name='doc') if l_0_doc is missing else l_0_doc).signatories if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signatories'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signatories'))), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield (environment.printed(environment.call(context, (undefined(name='block') if l_0_block is missing else l_0_block), l_1_left, (l_1_loop.first if type(l_1_loop) in environment.view_owners['first'] else environment.getattr(l_1_loop, 'first')), _loop_vars=_loop_vars)))
            yield ' | '
            if l_1_right:
                pass
                yield (environment.printed(environment.call(context, (undefined(name='block') if l_0_block is missing else l_0_block), l_1_right, (l_1_loop.first if type(l_1_loop) in environment.view_owners['first'] else environment.getattr(l_1_loop, 'first')), _loop_vars=_loop_vars)))
            yield ' |\n'
            if (l_1_loop.first if type(l_1_loop) in environment.view_owners['first'] else environment.getattr(l_1_loop, 'first')):
                pass
                yield '|:--|:--|\n'
        l_1_loop = l_1_left = l_1_right = missing
        yield ':::\n'

blocks = {}
debug_info = '6=31&7=34&8=63&9=105&11=109&12=113&13=119'
