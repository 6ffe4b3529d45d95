# Warnings and optimisation shared by every Tern target (applied through the tern_flags interface library).
add_library(tern_flags INTERFACE)
target_compile_options(tern_flags INTERFACE -Wall -Wextra -Wno-unused-parameter
                       $<$<CONFIG:Release>:-O3> -fno-math-errno)
# Kernels pick their ISA at run time (libxsmm JIT, oneDNN dispatch); the rest of the code stays portable.
