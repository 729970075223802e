"""Finding case files and naming their outputs; showing file names safely."""

from __future__ import annotations

import os
from pathlib import Path

from generator.batch.discover import find_cases, is_case_name
from generator.output.display import shown


class DescribeCaseNames:
    def it_takes_yaml_and_yml_in_any_letter_case(self) -> None:
        assert all(is_case_name(n) for n in ["a.yaml", "B.YML", "c.Yaml", "ärende.yml"])

    def it_leaves_out_hidden_and_other_files(self) -> None:
        assert not any(is_case_name(n) for n in [".a.yaml", "a.md", "a.yaml.bak", "yaml"])


class DescribeFinding:
    def it_mirrors_subfolders_in_the_output_names(self, tmp_path: Path) -> None:
        (tmp_path / "cases" / "2024" / ".git").mkdir(parents=True)
        (tmp_path / "cases" / "2024" / "x.yaml").write_text("a: 1\n", encoding="utf-8")
        (tmp_path / "cases" / "2024" / ".git" / "y.yaml").write_text("a: 1\n", encoding="utf-8")
        (tmp_path / "cases" / "z.YML").write_text("a: 1\n", encoding="utf-8")
        found = find_cases([tmp_path / "cases"])
        assert sorted(s.key for s in found.sources) == ["2024/x", "z"]
        assert found.problems == []

    def it_leaves_out_the_profiles_of_the_working_folder(self, tmp_path: Path) -> None:
        (tmp_path / "profiler" / "digg").mkdir(parents=True)
        (tmp_path / "profiler" / "digg" / "profil.yaml").write_text("namn: Digg\n",
                                                                     encoding="utf-8")
        (tmp_path / "profiler" / "profil.yaml").write_text("a: 1\n", encoding="utf-8")
        (tmp_path / "cases").mkdir()
        (tmp_path / "cases" / "profil.yaml").write_text("a: 1\n", encoding="utf-8")
        found = find_cases([tmp_path])
        assert sorted(s.key for s in found.sources) == ["cases/profil", "profiler/profil"]

    def it_finds_a_file_named_twice_once(self, tmp_path: Path) -> None:
        (tmp_path / "cases").mkdir()
        (tmp_path / "cases" / "x.yaml").write_text("a: 1\n", encoding="utf-8")
        case = tmp_path / "cases" / "x.yaml"
        for paths in ([case, tmp_path / "cases" / "." / "x.yaml"], [tmp_path / "cases", case],
                      [case, tmp_path / "cases"]):
            found = find_cases(paths)
            assert [s.key for s in found.sources] == ["x"]
            assert found.problems == []

    def it_keeps_two_names_of_one_file_in_a_folder(self, tmp_path: Path) -> None:
        (tmp_path / "x.yaml").write_text("a: 1\n", encoding="utf-8")
        (tmp_path / "y.yaml").symlink_to(tmp_path / "x.yaml")
        assert [s.key for s in find_cases([tmp_path]).sources] == ["x", "y"]

    def it_names_cases_by_the_folder_given(self, tmp_path: Path) -> None:
        (tmp_path / "cases").mkdir()
        (tmp_path / "cases" / "x.yaml").write_text("a: 1\n", encoding="utf-8")
        cwd = Path.cwd()
        os.chdir(tmp_path)
        try:
            assert find_cases([Path("./cases")]).sources[0].name == "cases/x.yaml"
        finally:
            os.chdir(cwd)
        assert find_cases([tmp_path / "cases"]).sources[0].name == "x.yaml"

    def it_refuses_both_cases_of_a_collision(self, tmp_path: Path) -> None:
        for name in ("x.yaml", "X.yml"):
            (tmp_path / name).write_text("a: 1\n", encoding="utf-8")
        found = find_cases([tmp_path])
        assert found.sources == []
        assert len(found.problems) == 2
        assert all(p.is_error for p in found.problems)


class DescribeShownNames:
    def it_leaves_ordinary_names_alone(self) -> None:
        assert shown("cases/ärende 1.yaml") == "cases/ärende 1.yaml"

    def it_escapes_what_could_start_a_new_line_or_move_the_cursor(self) -> None:
        assert shown("a\nb\rc\td") == "a\\nb\\rc\\td"
        assert shown("x\x1b[2Ky") == "x\\x1b[2Ky"
        assert shown("a\u2028b\u0085c") == "a\\u2028b\\x85c"
