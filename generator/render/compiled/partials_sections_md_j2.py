from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/sections.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_render_sections = missing
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
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    def macro(l_1_sections):
        t_4 = []
        if l_1_sections is missing:
            l_1_sections = undefined("parameter 'sections' was not provided", name='sections')
        pass
        for l_2_section in t_1(context, l_1_sections):
            _loop_vars = {}
            pass
            if (l_2_section.landscape if type(l_2_section) in environment.view_owners['landscape'] else environment.getattr(l_2_section, 'landscape')):
                pass
                t_4.append(
                    '::: liggande\n\n',
                )
            if (l_2_section.heading if type(l_2_section) in environment.view_owners['heading'] else environment.getattr(l_2_section, 'heading')):
                pass
                t_4.extend((
                    (environment.printed(t_2((l_2_section.heading_marks if type(l_2_section) in environment.view_owners['heading_marks'] else environment.getattr(l_2_section, 'heading_marks'))))),
                    ' ',
                ))
                if (l_2_section.number if type(l_2_section) in environment.view_owners['number'] else environment.getattr(l_2_section, 'number')):
                    pass
                    t_4.extend((
                        (environment.printed(t_2((l_2_section.number if type(l_2_section) in environment.view_owners['number'] else environment.getattr(l_2_section, 'number'))))),
                        ' ',
                    ))
                t_4.extend((
                    (environment.printed((l_2_section.heading if type(l_2_section) in environment.view_owners['heading'] else environment.getattr(l_2_section, 'heading')))),
                    '\n',
                ))
            t_4.append(
                '\n',
            )
            if (l_2_section.text if type(l_2_section) in environment.view_owners['text'] else environment.getattr(l_2_section, 'text')):
                pass
                t_4.extend((
                    (environment.printed((l_2_section.text if type(l_2_section) in environment.view_owners['text'] else environment.getattr(l_2_section, 'text')))),
                    '\n\n',
                ))
            for l_3_block in t_1(context, (l_2_section.blocks if type(l_2_section) in environment.view_owners['blocks'] else environment.getattr(l_2_section, 'blocks'))):
                _loop_vars = {}
                pass
                if t_3((l_3_block.items if type(l_3_block) in environment.view_owners['items'] else environment.getattr(l_3_block, 'items'))):
                    pass
                    template = environment.get_template('partials/amount_list.md.j2', 'partials/sections.md.j2')
                    gen = template.root_render_func(template.new_context(context.get_all(), True, {'block': l_3_block, 'section': l_2_section, 'sections': l_1_sections, 'render_sections': l_0_render_sections}))
                    try:
                        for event in gen:
                            t_4.append(event)
                    finally: gen.close()
                else:
                    pass
                    template = environment.get_template('partials/table.md.j2', 'partials/sections.md.j2')
                    gen = template.root_render_func(template.new_context(context.get_all(), True, {'block': l_3_block, 'section': l_2_section, 'sections': l_1_sections, 'render_sections': l_0_render_sections}))
                    try:
                        for event in gen:
                            t_4.append(event)
                    finally: gen.close()
                t_4.append(
                    '\n',
                )
            l_3_block = missing
            if (l_2_section.text_after if type(l_2_section) in environment.view_owners['text_after'] else environment.getattr(l_2_section, 'text_after')):
                pass
                t_4.extend((
                    (environment.printed((l_2_section.text_after if type(l_2_section) in environment.view_owners['text_after'] else environment.getattr(l_2_section, 'text_after')))),
                    '\n\n',
                ))
            if (l_2_section.landscape if type(l_2_section) in environment.view_owners['landscape'] else environment.getattr(l_2_section, 'landscape')):
                pass
                t_4.append(
                    ':::\n\n',
                )
            t_4.extend((
                (environment.printed(environment.call(context, (undefined(name='render_sections') if l_0_render_sections is missing else l_0_render_sections), (l_2_section.children if type(l_2_section) in environment.view_owners['children'] else environment.getattr(l_2_section, 'children')), _loop_vars=_loop_vars))),
                '\n',
            ))
        l_2_section = missing
        return concat(t_4)
    context.exported_vars.add('render_sections')
    context.vars['render_sections'] = l_0_render_sections = Macro(environment, macro, 'render_sections', ('sections',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=30&5=35&6=38&10=43&11=46&14=62&15=65&18=68&19=71&20=73&22=81&26=91&27=94&30=97&34=103'
