from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/on_duty.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_officer = resolve('officer')
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
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).case_officer if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['case_officer'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case_officer')):
        pass
        l_0_officer = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).case_officer if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['case_officer'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case_officer'))
        context.vars['officer'] = l_0_officer
        context.exported_vars.add('officer')
        yield 'Handläggare  \n'
        yield (environment.printed(((undefined(name='officer') if l_0_officer is missing else l_0_officer).name if type((undefined(name='officer') if l_0_officer is missing else l_0_officer)) in environment.view_owners['name'] else environment.getattr((undefined(name='officer') if l_0_officer is missing else l_0_officer), 'name'))))
        def t_3(fiter):
            for l_1_line in fiter:
                if l_1_line:
                    yield l_1_line
        for l_1_line in t_3(t_1(context, (((undefined(name='officer') if l_0_officer is missing else l_0_officer).title if type((undefined(name='officer') if l_0_officer is missing else l_0_officer)) in environment.view_owners['title'] else environment.getattr((undefined(name='officer') if l_0_officer is missing else l_0_officer), 'title')), ((undefined(name='officer') if l_0_officer is missing else l_0_officer).phone if type((undefined(name='officer') if l_0_officer is missing else l_0_officer)) in environment.view_owners['phone'] else environment.getattr((undefined(name='officer') if l_0_officer is missing else l_0_officer), 'phone')), ((undefined(name='officer') if l_0_officer is missing else l_0_officer).email if type((undefined(name='officer') if l_0_officer is missing else l_0_officer)) in environment.view_owners['email'] else environment.getattr((undefined(name='officer') if l_0_officer is missing else l_0_officer), 'email'))))):
            _loop_vars = {}
            pass
            yield '  \n'
            yield (environment.printed(l_1_line))
        l_1_line = missing
        yield '\n\n'

blocks = {}
debug_info = '3=25&5=29&6=32&9=35&10=37&14=41&15=43&17=47&18=48&19=56'
