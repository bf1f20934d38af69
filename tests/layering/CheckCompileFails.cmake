execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled: aacore's include paths reach Qt Widgets")
endif()
if(NOT "${out}${err}" MATCHES "QWidget: No such file or directory")
    message(FATAL_ERROR "${TARGET} failed for another reason than the missing Widgets header:\n${out}${err}")
endif()
message(STATUS "as required, <QWidget> is not reachable from aacore")
