# sitrep_internal_flags: warnings and sanitizers for our own targets only (never global flags).
add_library(sitrep_internal_flags INTERFACE)
target_compile_options(sitrep_internal_flags INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Werror>
  # GCC 12 reports false -Wrestrict hits inside std::string (GCC bug 105329).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
if(SITREP_SANITIZE)
  target_compile_options(sitrep_internal_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(sitrep_internal_flags INTERFACE -fsanitize=address,undefined)
endif()
