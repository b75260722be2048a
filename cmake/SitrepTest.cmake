# sitrep_add_test(name SOURCES ... DEPS ... LABELS ...): one GoogleTest binary, one CTest entry per TEST.
# Tests run from the repository root so they can read data/ and tests/ files by relative path.
function(sitrep_add_test name)
  if(NOT SITREP_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest_main sitrep_internal_flags)
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  gtest_discover_tests(${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "SITREP_DATA_DIR=${PROJECT_SOURCE_DIR}/data"
    DISCOVERY_TIMEOUT 60)
endfunction()
