# PyYAML is loaded here, before any module of the package, with its patterns compiled on
# first use (`pyyaml`).
from generator.case import pyyaml as pyyaml
