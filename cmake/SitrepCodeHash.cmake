# sitrep_code_hash(TARGET HEADER MACRO FILES...): a generated header HEADER (in the target's
# binary folder, on its include path) defining MACRO as the SHA-256 of FILES (paths relative to
# the calling folder), regenerated whenever one of them changes. A start-up cache built by that
# code records the hash, so a build with other loading code does not read an old cache.
function(sitrep_code_hash target header macro)
  set(files ${ARGN})
  list(TRANSFORM files PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/")
  string(JOIN "|" files_arg ${files})
  add_custom_command(
    OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/${header}"
    COMMAND "${CMAKE_COMMAND}" "-DOUT=${CMAKE_CURRENT_BINARY_DIR}/${header}" "-DNAME=${macro}"
            "-DSOURCES=${files_arg}" -P "${PROJECT_SOURCE_DIR}/cmake/HashSources.cmake"
    DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/HashSources.cmake"
    VERBATIM)
  target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/${header}")
  target_include_directories(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}")
endfunction()
