@echo off
rem Sverka, from the distribution: needs a JDK (or JRE) 17 or newer.
rem SVERKA_JAVA_OPTS sets the JVM options (default -Xmx2g).
setlocal
set "HERE=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined SVERKA_JAVA_OPTS set "SVERKA_JAVA_OPTS=-Xmx2g"
"%JAVA%" %SVERKA_JAVA_OPTS% -cp "%HERE%\lib\*;%HERE%\lib\models" org.sverka.cli.Main %*
