"""The pipeline is imported, and its first case built, without collector passes, once."""

from __future__ import annotations

import gc

from generator.startup import loading, warming_up


def test_the_collector_rests_while_a_new_module_loads_and_works_after() -> None:
    assert gc.isenabled()
    with loading("generator._no_such_module_"):
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    gc.unfreeze()  # let the rest of the test run collect as before


def test_a_loaded_module_leaves_the_collector_alone() -> None:
    with loading("generator.startup"):
        assert gc.isenabled()


def test_the_collector_comes_back_after_a_failed_import() -> None:
    try:
        with loading("generator._no_such_module_"):
            raise ImportError
    except ImportError:
        pass
    assert gc.isenabled()
    gc.unfreeze()


def test_the_first_run_of_a_kind_rests_the_collector_and_later_runs_do_not() -> None:
    with warming_up("test-first-run"):
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.unfreeze()
    with warming_up("test-first-run"):
        assert gc.isenabled()


def test_the_collector_comes_back_after_a_failed_first_run() -> None:
    try:
        with warming_up("test-failed-run"):
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()
    gc.unfreeze()
