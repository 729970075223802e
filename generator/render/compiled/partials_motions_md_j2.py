from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/motions.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_d = missing
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    pass
    l_0_d = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'))
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    if ((undefined(name='d') if l_0_d is missing else l_0_d).motions if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['motions'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'motions')):
        pass
        yield '## '
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).motions_heading if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['motions_heading'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'motions_heading'))))
        yield '\n\n'
        for l_1_motion in t_1(context, ((undefined(name='d') if l_0_d is missing else l_0_d).motions if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['motions'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'motions'))):
            _loop_vars = {}
            pass
            yield (environment.printed(l_1_motion))
            yield '\n\n'
        l_1_motion = missing
    if ((undefined(name='d') if l_0_d is missing else l_0_d).course if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['course'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'course')):
        pass
        yield '## '
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).course_heading if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['course_heading'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'course_heading'))))
        yield '\n\n'
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).course if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['course'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'course'))))
        yield '\n\n'

blocks = {}
debug_info = '5=19&6=22&7=25&9=27&10=30&14=33&15=36&17=38'
