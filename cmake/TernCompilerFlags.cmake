# Warnings and optimisation shared by every Tern target (applied through the tern_flags interface library).
add_library(tern_flags INTERFACE)
# -Wno-missing-field-initializers: parameter specs (ParamSpec) are aggregates written positionally that leave their
# trailing members (active_when, caps_rows) to the defaults on purpose.
# -fno-trapping-math: no code reads floating-point exception flags, and without it GCC keeps a comparison that might
# raise one out of vectorised loops (a per-channel sum over the weights above a cut stays scalar).
target_compile_options(tern_flags INTERFACE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
                       $<$<CONFIG:Release>:-O3> -fno-math-errno -fno-trapping-math)
# Kernels pick their ISA at run time (libxsmm JIT, oneDNN dispatch); the rest of the code stays portable.

# Warnings stay at zero: CI (.ci/run) turns them into errors. Off by default, so that a compiler newer than the one
# CI uses, with warnings of its own, still builds on a fresh machine.
option(TERN_WERROR "Treat compiler warnings in Tern's own code as errors (CI)" OFF)
if(TERN_WERROR)
  target_compile_options(tern_flags INTERFACE -Werror)
endif()

# tern_gcc_false_positive(<warning> <source>...): turns one GCC warning off for the named sources only, where GCC
# reports a false positive that the code cannot reasonably avoid. The caller says which GCC bug in a comment.
function(tern_gcc_false_positive warning)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set_property(SOURCE ${ARGN} APPEND PROPERTY COMPILE_OPTIONS -Wno-${warning})
  endif()
endfunction()
