#!/bin/sh
# cypher-shell from Maven Central (org.neo4j:cypher-shell, the server's version), launched the way
# the official image's bin/cypher-shell does, so health checks written for that image work here.
exec java -Xss1m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp '/var/lib/neo4j/cypher-shell/*' org.neo4j.shell.Main "$@"
