"""Write `generator/render/compiled_templates.json`: the built-in templates' Python code.

Run from the project root after changing a built-in template, the template sandbox's code
generation, the filters or the Jinja version:  python tools/compile_templates.py

tests/render/test_shipped_code.py fails until the file matches; see
`generator.render.shipped_code` for why the code is stored and how it stays safe.
"""

from __future__ import annotations

from generator.case.house_style import HouseStyle
from generator.render.shipped_code import SHIPPED, generate
from generator.render.templates import builtin_names, make_environment, search_path


def main() -> None:
    """Generate the code of every built-in template and write the file."""
    env = make_environment(search_path(), HouseStyle())
    SHIPPED.write_text(generate(env, builtin_names()), encoding="utf-8")
    print(f"skrev {SHIPPED}")


if __name__ == "__main__":
    main()
