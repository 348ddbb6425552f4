include(CoalitionPrecompiled)

# coalition_layer(NAME [DEPENDS target…])
#
# One folder, one static library: every .cpp and .h in the calling folder and in its
# sub-folders that have no CMakeLists.txt of their own (model/storage/schema belongs to
# model/storage). Includes are folder-qualified from the project's root
# ("model/feed/FeedMerge.h"), so a reader sees which layer an include reaches.
# DEPENDS names the layers (and Qt modules) this one may use; they are linked PUBLIC so
# a layer sees what its lower layers expose. tests/architecture/check_layers.py reads
# these calls and fails when an include reaches a layer that is not in them.
function(coalition_layer name)
    cmake_parse_arguments(LAYER "" "" "DEPENDS" ${ARGN})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
         ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    # Leave out sub-folders that are libraries of their own.
    file(GLOB_RECURSE nested CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*/CMakeLists.txt)
    foreach(list_file ${nested})
        get_filename_component(nested_dir ${list_file} DIRECTORY)
        list(FILTER sources EXCLUDE REGEX "^${nested_dir}/")
    endforeach()
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${LAYER_DEPENDS})
    # After the folder's CMakeLists.txt has linked all it links.
    # (EVAL: a deferred call reads its arguments when it runs, after ${name} is gone.)
    cmake_language(EVAL CODE "cmake_language(DEFER CALL coalition_precompile_headers [[${name}]])")
endfunction()
