# Writes the seeds of fuzz_register: a new register and a small demo register, each a single
# file (the WAL folded in). Run by CTest: cmake -DCLI=linli-cli -DDIR=folder -P registerseeds.cmake
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR})
execute_process(COMMAND ${CLI} init --db ${DIR}/new.linli --user admin COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CLI} demo --preset community --households 3 --today 2026-11-30 --db ${DIR}/demo.linli
                COMMAND_ERROR_IS_FATAL ANY)
file(GLOB leftovers ${DIR}/*-wal ${DIR}/*-shm ${DIR}/备份)
if(leftovers)
    file(REMOVE_RECURSE ${leftovers})
endif()
