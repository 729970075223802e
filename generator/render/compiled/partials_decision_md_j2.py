from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/decision.md.j2'

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
    try:
        t_2 = environment.filters['datum_text']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum_text' found.")
    pass
    l_0_d = environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decision')
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    yield '## Beslut\n\n'
    if environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'date'):
        pass
        yield (environment.printed(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'body')))
        yield ' beslutade den '
        yield (environment.printed(t_2(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'date'))))
        if environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'paragraph'):
            pass
            yield ', '
            yield (environment.printed(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'paragraph')))
            yield ','
        yield '\n'
    else:
        pass
        yield (environment.printed(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'body')))
        yield ' beslutar'
        if environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'paragraph'):
            pass
            yield ' ('
            yield (environment.printed(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'paragraph')))
            yield ')'
        yield '\n'
    yield '\n'
    for l_1_point in t_1(context, environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'points')):
        _loop_vars = {}
        pass
        yield 'att '
        yield (environment.printed(l_1_point))
        yield '\n\n'
    l_1_point = missing
    if environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'per_capsulam'):
        pass
        yield 'Beslutet'
        if environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'named'):
            pass
            yield ' per capsulam'
        yield ' förs till '
        yield (environment.printed(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'recorded_in')))
        yield ' på nästkommande möte i '
        yield (environment.printed(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'meeting')))
        yield '.\n'

blocks = {}
debug_info = '4=25&7=29&8=31&10=42&13=51&14=55&17=58&18=61'
