"""Write `generator/render/compiled/`: the built-in templates' Python code, one module each.

Run from the project root after changing a built-in template, the template sandbox's code
generation, the filters or the Jinja version:  python tools/compile_templates.py

tests/render/test_shipped_code.py fails until the package matches; see
`generator.render.shipped_code` for why the code is stored and how it stays safe.
"""

from __future__ import annotations

from pathlib import Path

from generator.case.house_style import HouseStyle
from generator.render.shipped_code import generate
from generator.render.templates import builtin_names, make_environment, search_path

FOLDER = Path(__file__).resolve().parents[1] / "generator" / "render" / "compiled"


def main() -> None:
    """Generate the code of every built-in template; replace the package's files."""
    files = generate(make_environment(search_path(), HouseStyle()), builtin_names())
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("*.py"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (FOLDER / name).write_text(text, encoding="utf-8")
    print(f"skrev {len(files)} filer i {FOLDER}")


if __name__ == "__main__":
    main()
