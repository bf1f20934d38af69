# ctest check_format: fails when a C++ file of the project does not match .clang-format.
file(GLOB_RECURSE files "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    string(REGEX MATCHALL "code should be clang-formatted" bad "${err}")
    list(LENGTH bad count)
    message(FATAL_ERROR "${count} places differ from .clang-format; run: clang-format -i <files>\n${err}")
endif()
