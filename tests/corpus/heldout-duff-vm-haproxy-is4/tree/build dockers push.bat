
docker push duffops/identityserver:1.0.38
docker push duffops/webapp:1.0.38
docker push duffops/duffwebapi:1.0.38
pause
