"""The built-in templates' Python code, one module each: written by
tools/compile_templates.py (see generator.render.shipped_code), not by hand."""

JINJA2 = '3.1.6'

CHECKSUMS = {
    'base.md.j2': '1cd930194c120b6fad3eb58343e84497f2c5f1c1',
    'beslut.md.j2': 'd22009c0beb1c0964c9300c9779ad5888a42eb78',
    'beslut_per_capsulam.md.j2': '45997303dc545d59015239dab0af4ba555961fdd',
    'beslutsunderlag.md.j2': '9fa27c7415bc81862d0fb5f5b8e7a50c1f76c782',
    'godkannande.md.j2': 'eb2d454fdef5f6f3bf38ce59f4433d0e6cc3e28d',
    'lagesbeskrivning.md.j2': 'cca8dfee1a6a37b7d0ca26e176ac14e984bed625',
    'partials/amount_list.md.j2': '6cfc73b15f60cbe67319521431250c299edcd490',
    'partials/approval.md.j2': 'c44929680dbdbb92dfb6432d488e5c6491c3f724',
    'partials/attachments.md.j2': '633f49e97f97b3acc8c264aa6c9844273f6f8f8d',
    'partials/avrundat.md.j2': '81e611a2319914c3b9b6386a0b121903ae6d3d5a',
    'partials/decision.md.j2': 'fc63c41a88bb43e144af46e9446da750a986d96e',
    'partials/extract_to.md.j2': '30362fc520827de88acc14781156bbdddb166e16',
    'partials/forkortningar.md.j2': 'c6a76d01a0df1b344ffea32951065bbac92f2a2f',
    'partials/header.md.j2': '921ed11fafcff72c8063694ea1e17cf1dbb74e59',
    'partials/motions.md.j2': 'e30be628be342fd577f996bd6dc17201ae3e54df',
    'partials/on_duty.md.j2': 'c783d4aaa9e4c21414a743deb0c3b0cce57be565',
    'partials/proposal.md.j2': 'e16c61bcd68ca664babd719c2143fbb4187fbba0',
    'partials/sections.md.j2': 'ee89dd9d086dc2f3a1e7e39e2492393845282dc7',
    'partials/signature_blocks.md.j2': 'c01d84ba17267280a2745f9f875a6fc2ee408f18',
    'partials/signature_page.md.j2': '65bb91084dcc1cc1fcb0d0ee3d2a12075a754d74',
    'partials/signatures.md.j2': '23e7e6fce0e6db84503f157b32a3c79620432955',
    'partials/table.md.j2': '69e53cea637649be06a856100183533f26c5e4cf',
    'tjansteskrivelse.md.j2': '52d1f04d21ddc38cb4ad3de91856d14b089869ba',
}
