# bench_sftp: our SFTP upload/download throughput against OpenSSH's sftp -b and scp on the loopback sshd fixture.
if(TARGET xrs_ssh)
  add_executable(bench_sftp ${CMAKE_CURRENT_LIST_DIR}/bench_sftp.cpp)
  target_link_libraries(bench_sftp PRIVATE xrs_ssh)
  target_compile_definitions(bench_sftp PRIVATE XRS_SSHD_SCRIPT="${CMAKE_SOURCE_DIR}/scripts/test-cluster/sshd.sh")
  xrs_target_defaults(bench_sftp)
endif()
