from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/signature_page.md.j2'

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
        t_2 = environment.filters['tidpunkt']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'tidpunkt' found.")
    pass
    yield '::: sidbrytning\n:::\n\n## Signatursida\n\nDetta dokument har elektroniskt undertecknats av följande undertecknare:\n\n| Namn | Titel, organisation | Datum och tid | Identifikationstyp | Identifikations-id |\n|:--|:--|:--|:--|:--|\n'
    for l_1_s in t_1(context, ((undefined(name='doc') if l_0_doc is missing else l_0_doc).signature_page if type((undefined(name='doc') if l_0_doc is missing else l_0_doc)) in environment.view_owners['signature_page'] else environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'signature_page'))):
        _loop_vars = {}
        pass
        yield '| '
        yield (environment.printed((l_1_s.name if type(l_1_s) in environment.view_owners['name'] else environment.getattr(l_1_s, 'name'))))
        yield ' | '
        yield (environment.printed((l_1_s.title if type(l_1_s) in environment.view_owners['title'] else environment.getattr(l_1_s, 'title'))))
        yield ', '
        yield (environment.printed((l_1_s.organisation if type(l_1_s) in environment.view_owners['organisation'] else environment.getattr(l_1_s, 'organisation'))))
        yield ' | '
        yield (environment.printed(t_2((l_1_s.moment if type(l_1_s) in environment.view_owners['moment'] else environment.getattr(l_1_s, 'moment')))))
        yield ' | '
        yield (environment.printed((l_1_s.id_type if type(l_1_s) in environment.view_owners['id_type'] else environment.getattr(l_1_s, 'id_type'))))
        yield ' | '
        yield (environment.printed((l_1_s.id if type(l_1_s) in environment.view_owners['id'] else environment.getattr(l_1_s, 'id'))))
        yield ' |\n'
    l_1_s = missing

blocks = {}
debug_info = '11=25&12=29'
