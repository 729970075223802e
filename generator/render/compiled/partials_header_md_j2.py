from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/header.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_h = l_0_br = missing
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
    l_0_h = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).header if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['header'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'header'))
    context.vars['h'] = l_0_h
    context.exported_vars.add('h')
    l_0_br = Markup('  \n')
    context.vars['br'] = l_0_br
    context.exported_vars.add('br')
    yield '::: brevhuvud\n::: avsandare\n'
    l_1_loop = missing
    for l_1_line, l_1_loop in LoopContext(t_1(context, ((undefined(name='h') if l_0_h is missing else l_0_h).lines if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['lines'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'lines'))), undefined):
        _loop_vars = {}
        pass
        yield (environment.printed(l_1_line))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '  '
        yield '\n'
    l_1_loop = l_1_line = missing
    yield ':::\n::: uppgifter\n'
    if ((undefined(name='h') if l_0_h is missing else l_0_h).kind_label if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['kind_label'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'kind_label')):
        pass
        yield '**'
        yield (environment.printed(((undefined(name='h') if l_0_h is missing else l_0_h).kind_label if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['kind_label'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'kind_label'))))
        yield '**'
    if ((undefined(name='h') if l_0_h is missing else l_0_h).meeting_date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['meeting_date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'meeting_date')):
        pass
        yield (environment.printed(((undefined(name='br') if l_0_br is missing else l_0_br) if ((undefined(name='h') if l_0_h is missing else l_0_h).kind_label if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['kind_label'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'kind_label')) else '')))
        if ((undefined(name='h') if l_0_h is missing else l_0_h).meeting_body if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['meeting_body'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'meeting_body')):
            pass
            yield (environment.printed(((undefined(name='h') if l_0_h is missing else l_0_h).meeting_body if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['meeting_body'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'meeting_body'))))
            yield (environment.printed((undefined(name='br') if l_0_br is missing else l_0_br)))
        yield 'Sammanträdesdatum: '
        yield (environment.printed(t_2(((undefined(name='h') if l_0_h is missing else l_0_h).meeting_date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['meeting_date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'meeting_date')))))
        if ((undefined(name='h') if l_0_h is missing else l_0_h).paragraph if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['paragraph'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'paragraph')):
            pass
            yield (environment.printed((undefined(name='br') if l_0_br is missing else l_0_br)))
            yield (environment.printed(((undefined(name='h') if l_0_h is missing else l_0_h).paragraph if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['paragraph'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'paragraph'))))
            for l_1_number in t_1(context, ((undefined(name='h') if l_0_h is missing else l_0_h).paragraph_references if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['paragraph_references'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'paragraph_references'))):
                _loop_vars = {}
                pass
                yield (environment.printed((undefined(name='br') if l_0_br is missing else l_0_br)))
                yield (environment.printed(l_1_number))
            l_1_number = missing
    elif ((undefined(name='h') if l_0_h is missing else l_0_h).date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'date')):
        pass
        yield (environment.printed(((undefined(name='br') if l_0_br is missing else l_0_br) if ((undefined(name='h') if l_0_h is missing else l_0_h).kind_label if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['kind_label'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'kind_label')) else '')))
        yield 'Datum: '
        yield (environment.printed(t_2(((undefined(name='h') if l_0_h is missing else l_0_h).date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'date')))))
    if ((undefined(name='h') if l_0_h is missing else l_0_h).dnr if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['dnr'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'dnr')):
        pass
        yield (environment.printed(((undefined(name='br') if l_0_br is missing else l_0_br) if ((((undefined(name='h') if l_0_h is missing else l_0_h).kind_label if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['kind_label'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'kind_label')) or ((undefined(name='h') if l_0_h is missing else l_0_h).meeting_date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['meeting_date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'meeting_date'))) or ((undefined(name='h') if l_0_h is missing else l_0_h).date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'date'))) else '')))
        yield 'Dnr: '
        yield (environment.printed(((undefined(name='h') if l_0_h is missing else l_0_h).dnr if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['dnr'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'dnr'))))
    l_1_loop = missing
    for (l_1_label, l_1_number), l_1_loop in LoopContext(t_1(context, ((undefined(name='h') if l_0_h is missing else l_0_h).other_references if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['other_references'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'other_references'))), undefined):
        _loop_vars = {}
        pass
        yield (environment.printed(((undefined(name='br') if l_0_br is missing else l_0_br) if ((((((undefined(name='h') if l_0_h is missing else l_0_h).kind_label if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['kind_label'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'kind_label')) or ((undefined(name='h') if l_0_h is missing else l_0_h).meeting_date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['meeting_date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'meeting_date'))) or ((undefined(name='h') if l_0_h is missing else l_0_h).date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'date'))) or ((undefined(name='h') if l_0_h is missing else l_0_h).dnr if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['dnr'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'dnr'))) or (not (l_1_loop.first if type(l_1_loop) in environment.view_owners['first'] else environment.getattr(l_1_loop, 'first')))) else '')))
        if l_1_label:
            pass
            yield (environment.printed(l_1_label))
            yield ': '
        yield (environment.printed(l_1_number))
    l_1_loop = l_1_label = l_1_number = missing
    if ((((((undefined(name='h') if l_0_h is missing else l_0_h).kind_label if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['kind_label'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'kind_label')) or ((undefined(name='h') if l_0_h is missing else l_0_h).meeting_date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['meeting_date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'meeting_date'))) or ((undefined(name='h') if l_0_h is missing else l_0_h).date if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['date'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'date'))) or ((undefined(name='h') if l_0_h is missing else l_0_h).dnr if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['dnr'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'dnr'))) or ((undefined(name='h') if l_0_h is missing else l_0_h).other_references if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['other_references'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'other_references'))):
        pass
        yield '\n'
    if ((undefined(name='h') if l_0_h is missing else l_0_h).recipient if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['recipient'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'recipient')):
        pass
        yield '\n'
        l_1_loop = missing
        for l_1_line, l_1_loop in LoopContext(t_1(context, ((undefined(name='h') if l_0_h is missing else l_0_h).recipient if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['recipient'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'recipient'))), undefined):
            _loop_vars = {}
            pass
            yield (environment.printed(l_1_line))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '  '
            yield '\n'
        l_1_loop = l_1_line = missing
    if ((undefined(name='h') if l_0_h is missing else l_0_h).body if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['body'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'body')):
        pass
        yield '\n'
        yield (environment.printed(((undefined(name='h') if l_0_h is missing else l_0_h).body if type((undefined(name='h') if l_0_h is missing else l_0_h)) in environment.view_owners['body'] else environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'body'))))
        yield '\n'
    yield ':::\n:::\n'

blocks = {}
debug_info = '5=31&8=39&9=42&14=49&15=52&17=54&18=56&19=62&20=63&21=67&23=73&24=75&26=78&28=84&29=87&30=88&32=94&35=97&37=101&38=104&42=110&44=113'
