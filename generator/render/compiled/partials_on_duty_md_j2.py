from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/on_duty.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).on_duty_all if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['on_duty_all'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'on_duty_all')):
        pass
        yield 'I tjänsten  \n'
        l_1_loop = missing
        for l_1_person, l_1_loop in LoopContext(t_1(context, ((undefined(name='doc') if l_0_doc is missing else l_0_doc).on_duty_all if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['on_duty_all'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'on_duty_all'))), undefined):
            _loop_vars = {}
            pass
            if (not (l_1_loop.first if type(l_1_loop) in environment.view_owners['first'] else environment.getattr(l_1_loop, 'first'))):
                pass
                yield '\n'
            yield (environment.printed((l_1_person.name if type(l_1_person) in environment.view_owners['name'] else environment.getattr(l_1_person, 'name'))))
            yield '  \n'
            yield (environment.printed((l_1_person.title if type(l_1_person) in environment.view_owners['title'] else environment.getattr(l_1_person, 'title'))))
            yield '\n'
        l_1_loop = l_1_person = missing
        yield '\n'
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).case_officers if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['case_officers'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case_officers')):
        pass
        yield 'Handläggare  \n'
        l_1_loop = missing
        for l_1_officer, l_1_loop in LoopContext(t_1(context, ((undefined(name='doc') if l_0_doc is missing else l_0_doc).case_officers if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['case_officers'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case_officers'))), undefined):
            _loop_vars = {}
            pass
            if (not (l_1_loop.first if type(l_1_loop) in environment.view_owners['first'] else environment.getattr(l_1_loop, 'first'))):
                pass
                yield '\n\n'
            yield (environment.printed((l_1_officer.name if type(l_1_officer) in environment.view_owners['name'] else environment.getattr(l_1_officer, 'name'))))
            def t_3(fiter):
                for l_2_line in fiter:
                    if l_2_line:
                        yield l_2_line
            for l_2_line in t_3(t_1(context, ((l_1_officer.title if type(l_1_officer) in environment.view_owners['title'] else environment.getattr(l_1_officer, 'title')), (l_1_officer.phone if type(l_1_officer) in environment.view_owners['phone'] else environment.getattr(l_1_officer, 'phone')), (l_1_officer.email if type(l_1_officer) in environment.view_owners['email'] else environment.getattr(l_1_officer, 'email'))))):
                _loop_vars = {}
                pass
                yield '  \n'
                yield (environment.printed(l_2_line))
            l_2_line = missing
        l_1_loop = l_1_officer = missing
        yield '\n\n'

blocks = {}
debug_info = '4=24&6=28&7=31&10=34&11=36&15=40&17=44&18=47&22=50&23=51&24=59'
