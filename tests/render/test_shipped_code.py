"""The stored code of the built-in templates is the code the sandbox would generate, and it
is used only for a template of the same name and text."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment

from generator.case.house_style import HouseStyle
from generator.render.shipped_code import ShippedCode, generate
from generator.render.templates import (
    TemplateProblem,
    builtin_names,
    make_environment,
    render_template,
    search_path,
)
from generator.resources import templates_dir

STALE = "run `python tools/compile_templates.py` and commit generator/render/compiled/"
COMPILED = Path(__file__).resolve().parents[2] / "generator" / "render" / "compiled"


def _styles() -> list[HouseStyle]:
    """The default house style and each of its switches flipped once."""
    default = HouseStyle()
    switches: list[dict[str, Any]] = [{f.name: not getattr(default, f.name)}
                                      for f in fields(default) if f.type == "bool"]
    flipped = [replace(default, **switch) for switch in switches]
    return [default, *flipped, HouseStyle(proposal_style="numrerad")]


def test_the_stored_code_is_what_the_sandbox_generates_now() -> None:
    env = make_environment(search_path(), HouseStyle())
    stored = {p.name: p.read_text(encoding="utf-8") for p in COMPILED.glob("*.py")}
    assert stored == generate(env, builtin_names()), STALE


@pytest.mark.parametrize("style", _styles())
def test_no_house_style_changes_the_generated_code(style: HouseStyle) -> None:
    assert generate(make_environment(search_path(), style), builtin_names()) == generate(
        make_environment(search_path(), HouseStyle()), builtin_names())


def test_every_built_in_template_comes_with_its_code() -> None:
    env = make_environment(search_path(), HouseStyle())
    shipped = ShippedCode()
    for name in builtin_names():
        source = (templates_dir() / name).read_text(encoding="utf-8")
        assert shipped.get_bucket(env, name, str(templates_dir() / name), source).code, name


def test_a_template_with_other_text_is_compiled_from_its_own_text(tmp_path: Path) -> None:
    name = "partials/forkortningar.md.j2"
    folder = tmp_path / "mallar" / "partials"
    folder.mkdir(parents=True)
    (folder / "forkortningar.md.j2").write_text("egen {{ 'text' }}\n", encoding="utf-8")
    env: Environment = make_environment(search_path([tmp_path / "mallar"]), HouseStyle())
    assert env.get_template(name).render() == "egen text\n"
    assert ShippedCode().get_bucket(env, name, None, "egen {{ 'text' }}\n").code is None


def test_code_from_another_jinja_version_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.render.compiled as compiled

    source = (templates_dir() / "base.md.j2").read_text(encoding="utf-8")
    env = make_environment(search_path(), HouseStyle())
    assert ShippedCode().get_bucket(env, "base.md.j2", None, source).code is not None
    monkeypatch.setattr(compiled, "JINJA2", "0.0.0")
    assert ShippedCode().get_bucket(env, "base.md.j2", None, source).code is None


def test_an_error_in_a_built_in_template_names_its_file_and_line_as_before() -> None:
    def message(env: Environment) -> str:
        with pytest.raises(TemplateProblem) as failure:
            render_template(env, "beslutsunderlag.md.j2", doc=None)
        return failure.value.message

    shipped = make_environment(search_path(), HouseStyle())
    compiled = make_environment(search_path(), HouseStyle())
    compiled.bytecode_cache = None
    assert message(shipped) == message(compiled)
    assert message(shipped).startswith("mallen (inbyggd) partials/header.md.j2, rad 8:")


def test_without_the_generated_code_templates_are_compiled_as_before() -> None:
    source = (templates_dir() / "base.md.j2").read_text(encoding="utf-8")
    env = make_environment(search_path(), HouseStyle())
    missing = ShippedCode("generator.render._no_such_package_")
    assert missing.get_bucket(env, "base.md.j2", None, source).code is None
