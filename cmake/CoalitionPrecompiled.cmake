# coalition_precompile_headers(TARGET)
#
# Gives TARGET a precompiled header of the Qt and standard headers most files include:
# one of three groups by what the target can reach — Core (the model and terminal
# layers), Widgets (the window's layers), Catch2 (the test suites). Each group's header
# is compiled once and reused by all its targets. Measured on a clean -j2 build of the
# whole suite here: compiling the objects took 40% less, and compiling a header for each
# target instead of each group gave most of that back.
# The include checks are unaffected: tests/architecture/check_layers.py reads the
# #include lines, and every file still includes what it uses.
# COALITION_PRECOMPILE_HEADERS=OFF builds without them.
option(COALITION_PRECOMPILE_HEADERS "Precompile the common Qt and Catch2 headers" ON)

# The targets TARGET links, directly or through the targets it links.
function(_coalition_reachable_targets target out)
    set(seen ${${out}})
    get_target_property(links ${target} INTERFACE_LINK_LIBRARIES)
    if(NOT links)
        set(links)
    endif()
    get_target_property(type ${target} TYPE)
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
        get_target_property(private_links ${target} LINK_LIBRARIES)
        if(private_links)
            list(APPEND links ${private_links})
        endif()
    endif()
    foreach(link ${links})
        if(TARGET ${link} AND NOT link IN_LIST seen)
            list(APPEND seen ${link})
            _coalition_reachable_targets(${link} seen)
        endif()
    endforeach()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# The headers of each group. A group's first target compiles them; the others reuse
# that target's compiled header (compiling it once per target cost a fifth of the build).
# So a group lists only headers every target in it can reach.
set(_COALITION_PCH_CORE <algorithm> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QHash> <QList>
    <QLocale> <QObject> <QSet> <QString> <QStringList> <QVariant> <QVector>)
set(_COALITION_PCH_WIDGETS ${_COALITION_PCH_CORE} <QApplication> <QComboBox> <QDialog>
    <QHBoxLayout> <QLabel> <QLineEdit> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
set(_COALITION_PCH_TESTS ${_COALITION_PCH_CORE} <QSqlDatabase> <QSqlQuery> <QTemporaryDir>
    <catch2/catch.hpp>)

# What a group's compiled header is made with: the group's smallest set of libraries.
# GCC takes a compiled header only where every macro defined when it was made is
# defined alike (-Winvalid-pch, on in every build, says so and -Werror stops there), so
# the header is made by a target of its own, with no definitions of any one target.
set(_COALITION_PCH_CORE_LINKS Qt6::Core)
set(_COALITION_PCH_WIDGETS_LINKS Qt6::Widgets)
set(_COALITION_PCH_TESTS_LINKS Catch2::Catch2 Qt6::Test Qt6::Sql)

function(coalition_precompile_headers target)
    if(NOT COALITION_PRECOMPILE_HEADERS)
        return()
    endif()
    set(reachable)
    _coalition_reachable_targets(${target} reachable)
    if(Catch2::Catch2 IN_LIST reachable)
        set(group tests)
    elseif(Qt6::Widgets IN_LIST reachable)
        set(group widgets)
    else()
        set(group core)
    endif()
    string(TOUPPER ${group} GROUP)
    set(owner coalition_precompiled_${group})
    if(NOT TARGET ${owner})
        set(source ${CMAKE_BINARY_DIR}/${owner}.cpp)
        file(CONFIGURE OUTPUT ${source} CONTENT "// The headers of ${owner}, compiled.\n")
        add_library(${owner} OBJECT ${source})
        target_link_libraries(${owner} PRIVATE ${_COALITION_PCH_${GROUP}_LINKS})
        target_precompile_headers(${owner} PRIVATE ${_COALITION_PCH_${GROUP}})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${owner})
endfunction()
