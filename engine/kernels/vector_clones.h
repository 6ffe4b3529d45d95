// TERN_VECTOR_CLONES before a function makes GCC build it twice, for AVX-512 (x86-64-v4) and for the portable
// baseline, and pick one when the library loads: the engine runs on any x86-64 while its hot loops use the wide
// registers where the machine has them. Only the marked function is cloned, so a loop that an OpenMP region outlines
// goes in a marked function of its own.
#pragma once

#define TERN_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v4", "default")))
