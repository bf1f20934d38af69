# ctest check_conflict_markers: fails when a merge left its conflict markers in a tracked text file
# (one did, once, in the README, and no compiler looks at the README).
file(GLOB_RECURSE files "${ROOT}/*.md" "${ROOT}/*.txt" "${ROOT}/*.cmake" "${ROOT}/*.cpp"
     "${ROOT}/*.h" "${ROOT}/*.ts" "${ROOT}/*.sh" "${ROOT}/*.json" "${ROOT}/scripts/*")
set(found "")
foreach(f IN LISTS files)
    file(RELATIVE_PATH rel "${ROOT}" "${f}")
    if(rel MATCHES "^(build[^/]*|\\.git)/")
        continue()
    endif()
    file(STRINGS "${f}" hits REGEX "^(<<<<<<<|>>>>>>>) ")
    if(hits)
        string(APPEND found "\n  ${f}")
    endif()
endforeach()
if(found)
    message(FATAL_ERROR "merge conflict markers in:${found}")
endif()
