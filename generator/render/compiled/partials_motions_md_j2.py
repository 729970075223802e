from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/motions.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_kept = resolve('kept')
    l_0_v = resolve('v')
    l_0_block = resolve('block')
    l_0_d = missing
    try:
        t_1 = environment.filters['_bounded_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_bounded_loop' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_d = ((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision'))
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    if ((undefined(name='d') if l_0_d is missing else l_0_d).motions if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['motions'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'motions')):
        pass
        l_0_kept = (2 <= t_2(((undefined(name='d') if l_0_d is missing else l_0_d).motions if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['motions'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'motions'))) <= 4)
        context.vars['kept'] = l_0_kept
        context.exported_vars.add('kept')
        yield '## '
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).motions_heading if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['motions_heading'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'motions_heading'))))
        yield '\n\n'
        if (undefined(name='kept') if l_0_kept is missing else l_0_kept):
            pass
            yield '::: samman\n'
        for l_1_motion in t_1(context, ((undefined(name='d') if l_0_d is missing else l_0_d).motions if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['motions'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'motions'))):
            _loop_vars = {}
            pass
            yield (environment.printed(l_1_motion))
            yield '\n\n'
        l_1_motion = missing
        if (undefined(name='kept') if l_0_kept is missing else l_0_kept):
            pass
            yield ':::\n\n'
    if (((undefined(name='d') if l_0_d is missing else l_0_d).course if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['course'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'course')) or ((undefined(name='d') if l_0_d is missing else l_0_d).vote if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['vote'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'vote'))):
        pass
        yield '## '
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).course_heading if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['course_heading'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'course_heading'))))
        yield '\n\n'
    if ((undefined(name='d') if l_0_d is missing else l_0_d).course if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['course'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'course')):
        pass
        yield (environment.printed(((undefined(name='d') if l_0_d is missing else l_0_d).course if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['course'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'course'))))
        yield '\n\n'
    if ((undefined(name='d') if l_0_d is missing else l_0_d).vote if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['vote'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'vote')):
        pass
        l_0_v = ((undefined(name='d') if l_0_d is missing else l_0_d).vote if type((undefined(name='d') if l_0_d is missing else l_0_d)) in environment.view_owners['vote'] else environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'vote'))
        context.vars['v'] = l_0_v
        context.exported_vars.add('v')
        yield 'Omröstning begärs och verkställs. Ja-röst betyder '
        yield (environment.printed(((undefined(name='v') if l_0_v is missing else l_0_v).yes_means if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['yes_means'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'yes_means'))))
        yield ' och nej-röst '
        yield (environment.printed(((undefined(name='v') if l_0_v is missing else l_0_v).no_means if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['no_means'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'no_means'))))
        yield '.\n\nMed '
        yield (environment.printed(((undefined(name='v') if l_0_v is missing else l_0_v).yes if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['yes'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'yes'))))
        yield ' mot '
        yield (environment.printed(((undefined(name='v') if l_0_v is missing else l_0_v).no if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['no'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'no'))))
        if ((undefined(name='v') if l_0_v is missing else l_0_v).abstain if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['abstain'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'abstain')):
            pass
            yield ', '
            yield (environment.printed(((undefined(name='v') if l_0_v is missing else l_0_v).abstain if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['abstain'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'abstain'))))
            yield ','
        yield ' beslutar '
        yield (environment.printed(((undefined(name='v') if l_0_v is missing else l_0_v).body if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['body'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'body'))))
        if ((undefined(name='v') if l_0_v is missing else l_0_v).casting if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['casting'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'casting')):
            pass
            yield ' genom ordförandens utslagsröst'
        yield ' om '
        yield (environment.printed(((undefined(name='v') if l_0_v is missing else l_0_v).outcome if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['outcome'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'outcome'))))
        yield '.\n\n'
        if ((undefined(name='v') if l_0_v is missing else l_0_v).roll if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['roll'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roll')):
            pass
            l_0_block = ((undefined(name='v') if l_0_v is missing else l_0_v).roll if type((undefined(name='v') if l_0_v is missing else l_0_v)) in environment.view_owners['roll'] else environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roll'))
            context.vars['block'] = l_0_block
            context.exported_vars.add('block')
            template = environment.get_template('partials/table.md.j2', 'partials/motions.md.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'block': l_0_block, 'd': l_0_d, 'kept': l_0_kept, 'v': l_0_v}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            yield '\n'

blocks = {}
debug_info = '7=28&8=31&9=33&10=37&12=39&15=42&16=45&19=48&24=51&25=54&28=56&29=58&32=60&33=62&34=66&36=70&38=86&39=88&40=91'
