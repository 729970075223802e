from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    l_0_doc = resolve('doc')
    l_0_render_sections = missing
    pass
    included_template = environment.get_template('partials/sections.md.j2', 'base.md.j2').make_module(context.get_all(), True, {'render_sections': l_0_render_sections, 'self': l_0_self})
    l_0_render_sections = getattr(included_template, 'render_sections', missing)
    if l_0_render_sections is missing:
        l_0_render_sections = undefined(f"the template {included_template.__name__!r} (imported on line 16 in 'base.md.j2') does not export the requested name 'render_sections'", name='render_sections')
    context.vars['render_sections'] = l_0_render_sections
    context.exported_vars.discard('render_sections')
    template = environment.get_template('partials/header.md.j2', 'base.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'render_sections': l_0_render_sections, 'self': l_0_self}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    yield from context.blocks['before_title'][0](context)
    yield '\n# '
    yield (environment.printed(((undefined(name='doc') if l_0_doc is missing else l_0_doc).title if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['title'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title'))))
    yield '\n\n'
    if (((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')) and environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')), 'first')):
        pass
        if ((environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')), 'motions') or environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')), 'course')) or environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')), 'vote')):
            pass
            template = environment.get_template('partials/motions.md.j2', 'base.md.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'render_sections': l_0_render_sections, 'self': l_0_self}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
        template = environment.get_template('partials/decision.md.j2', 'base.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'render_sections': l_0_render_sections, 'self': l_0_self}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'
    if (((undefined(name='doc') if l_0_doc is missing else l_0_doc).proposal if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['proposal'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposal')) and environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).proposal if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['proposal'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposal')), 'first')):
        pass
        yield (environment.printed(environment.call(context, (l_0_self.proposal if type(l_0_self) in environment.view_owners['proposal'] else environment.getattr(l_0_self, 'proposal')))))
        yield '\n'
    yield from context.blocks['body'][0](context)
    yield '\n'
    if (not (((undefined(name='doc') if l_0_doc is missing else l_0_doc).proposal if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['proposal'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposal')) and environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).proposal if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['proposal'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposal')), 'first'))):
        pass
        yield from context.blocks['proposal'][0](context)
    if (((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')) and (not environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')), 'first'))):
        pass
        if ((environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')), 'motions') or environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')), 'course')) or environment.getattr(((undefined(name='doc') if l_0_doc is missing else l_0_doc).decision if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['decision'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')), 'vote')):
            pass
            template = environment.get_template('partials/motions.md.j2', 'base.md.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'render_sections': l_0_render_sections, 'self': l_0_self}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
        template = environment.get_template('partials/decision.md.j2', 'base.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'render_sections': l_0_render_sections, 'self': l_0_self}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).approval if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['approval'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'approval')):
        pass
        template = environment.get_template('partials/approval.md.j2', 'base.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'render_sections': l_0_render_sections, 'self': l_0_self}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'
    yield from context.blocks['closing'][0](context)

def block_before_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_body(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_render_sections = resolve('render_sections')
    l_0_doc = resolve('doc')
    pass
    yield (environment.printed(environment.call(context, (undefined(name='render_sections') if l_0_render_sections is missing else l_0_render_sections), ((undefined(name='doc') if l_0_doc is missing else l_0_doc).body_sections if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['body_sections'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'body_sections')), _block_vars=_block_vars)))
    yield '\n'

def block_proposal(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_doc = resolve('doc')
    pass
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).proposal if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['proposal'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposal')):
        pass
        template = environment.get_template('partials/proposal.md.j2', 'base.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '\n'

def block_closing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_doc = resolve('doc')
    l_0_on_duty_lists_extract = resolve('on_duty_lists_extract')
    l_0_render_sections = resolve('render_sections')
    try:
        t_1 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    if ((((undefined(name='doc') if l_0_doc is missing else l_0_doc).on_duty_all if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['on_duty_all'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'on_duty_all')) or ((undefined(name='doc') if l_0_doc is missing else l_0_doc).case_officer if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['case_officer'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'case_officer'))) and (not (undefined(name='on_duty_lists_extract') if l_0_on_duty_lists_extract is missing else l_0_on_duty_lists_extract))):
        pass
        yield '::: efter\n::: samman\n'
        t_2 = []
        pass
        template = environment.get_template('partials/on_duty.md.j2', 'base.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                t_2.append(event)
        finally: gen.close()
        yield t_1(Markup(concat(t_2)))
        yield '\n:::\n:::\n\n'
    else:
        pass
        template = environment.get_template('partials/on_duty.md.j2', 'base.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    template = environment.get_template('partials/signatures.md.j2', 'base.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).closing_sections if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['closing_sections'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'closing_sections')):
        pass
        if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).signatories if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signatories'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signatories')):
            pass
            yield '\n'
        yield (environment.printed(environment.call(context, (undefined(name='render_sections') if l_0_render_sections is missing else l_0_render_sections), ((undefined(name='doc') if l_0_doc is missing else l_0_doc).closing_sections if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['closing_sections'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'closing_sections')), _block_vars=_block_vars)))
        yield '\n'
    if ((((undefined(name='doc') if l_0_doc is missing else l_0_doc).signatories if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signatories'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signatories')) and ((undefined(name='doc') if l_0_doc is missing else l_0_doc).attachments if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['attachments'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'attachments'))) and (not ((undefined(name='doc') if l_0_doc is missing else l_0_doc).closing_sections if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['closing_sections'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'closing_sections')))):
        pass
        yield '\n'
    template = environment.get_template('partials/attachments.md.j2', 'base.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if (not (undefined(name='on_duty_lists_extract') if l_0_on_duty_lists_extract is missing else l_0_on_duty_lists_extract)):
        pass
        if (((((undefined(name='doc') if l_0_doc is missing else l_0_doc).signatories if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signatories'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signatories')) and ((undefined(name='doc') if l_0_doc is missing else l_0_doc).extract_to if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['extract_to'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'extract_to'))) and (not ((undefined(name='doc') if l_0_doc is missing else l_0_doc).attachments if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['attachments'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'attachments')))) and (not ((undefined(name='doc') if l_0_doc is missing else l_0_doc).closing_sections if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['closing_sections'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'closing_sections')))):
            pass
            yield '\n'
        template = environment.get_template('partials/extract_to.md.j2', 'base.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    if ((undefined(name='doc') if l_0_doc is missing else l_0_doc).signature_page if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signature_page'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signature_page')):
        pass
        yield '\n'
        template = environment.get_template('partials/signature_page.md.j2', 'base.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

blocks = {'before_title': block_before_title, 'body': block_body, 'proposal': block_proposal, 'closing': block_closing}
debug_info = '16=14&17=20&19=27&21=29&23=31&24=33&25=35&27=41&30=48&31=50&33=52&37=54&38=56&45=57&46=59&47=61&49=67&52=74&53=76&56=83&19=85&33=94&34=104&38=107&39=116&40=118&56=126&57=143&60=148&66=158&68=164&69=170&70=172&73=175&75=177&78=180&79=186&80=188&83=191&85=197&87=200'
