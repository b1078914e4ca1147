#!/bin/bash

# ask a yes/no question, succeed on yes
promptyn () {
    while true; do
        read -p "$1 " answer
        case $answer in
            [Yy]* ) return 0;;
            [Nn]* ) return 1;;
            * ) echo "Answer y or n.";;
        esac
    done
}

# ask for a value, keep the proposed default on empty input
prompt_input_default() {
    read -p "$1? (default: $2): " value
    value="${value:=$2}"
    echo $value
}
