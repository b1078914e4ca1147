 docker build -f Dockerfile_identityservice .
 docker build -f Dockerfile_portal .
 docker build -f Dockerfile_billingapi .
