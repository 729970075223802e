"""Warn about a case that uses the built-in made-up kommun (trial 80, F6): its documents
print "Exempelby kommun" in their letterhead, an example's name that would otherwise pass
the check unnoticed, as `beslut ny`'s placeholders do not (`checks.placeholders`)."""

from __future__ import annotations

from generator.case.profiles import LoadedProfile
from generator.checks.report import Reporter
from generator.problems import Problem
from generator.resources import EXAMPLE_KOMMUN, profiles_dir


def example_profile_problems(profile: LoadedProfile, report: Reporter) -> list[Problem]:
    """A warning at `organisation` where it names the built-in made-up kommun (not a local
    profile of the same id, which is an organisation's own)."""
    if profile.id != EXAMPLE_KOMMUN or not profile.folder.is_relative_to(profiles_dir()):
        return []
    message = (f"'{EXAMPLE_KOMMUN}' är en påhittad kommun att prova med, och dokumentet får "
               f"dess namn, '{profile.profile.namn}', överst; börja en profil för er kommun "
               "med 'beslut organisationer --ny lysekils-kommun' (med er kommuns namn) och "
               "skriv dess namn här")
    return [report.problem(report.at(("organisation",)), message, "varning")]
